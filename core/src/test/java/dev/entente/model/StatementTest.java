package dev.entente.model;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.IRAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Samples.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class StatementTest {

  private static final Person PUTIN = Person.of("Vladimir Poutine", RUSSIA);

  private static Statement.Builder quote() {
    return Statement.builder()
        .speaker(PUTIN)
        .quote("Nos relations résistent")
        .about(CHINA, INDIA)
        .domains(Domain.DIPLOMATIC)
        .evidence(evidence());
  }

  @Test
  void narrowedState_isLinkedOnlyInItsOwnDomains() {
    Statement statement =
        quote()
            .about(INDIA, IRAN)
            .domains(Domain.MILITARY, Domain.NUCLEAR)
            .narrowed(ImmutableSetMultimap.of(IRAN, Domain.NUCLEAR))
            .build();
    assertEquals(ImmutableSet.of(Domain.NUCLEAR), statement.domainsWith(IRAN));
    assertEquals(List.of("IRN:NUCLEAR"), statement.narrowedLabels());
    assertEquals(ImmutableSet.of(Domain.MILITARY, Domain.NUCLEAR), statement.domainsWith(INDIA));
    assertEquals(ImmutableSet.of(), statement.domainsWith(CHINA));
    assertEquals(ImmutableSet.of(Domain.NUCLEAR), statement.domainsOf(CountryPair.of(IRAN, RUSSIA)));
    assertEquals(ImmutableSet.of(), statement.domainsOf(CountryPair.of(IRAN, INDIA)));
    List<String> relations =
        Relation.derive(List.of(statement)).stream().map(r -> r.pair() + " " + r.domain()).toList();
    assertEquals(List.of("IND-RUS MILITARY", "IND-RUS NUCLEAR", "IRN-RUS NUCLEAR"), relations);
  }

  @Test
  void narrowingToEveryDomain_narrowsNothing() {
    Statement plain = quote().domains(Domain.MILITARY, Domain.NUCLEAR).build();
    Statement all =
        plain.toBuilder()
            .narrowed(ImmutableSetMultimap.of(CHINA, Domain.MILITARY, CHINA, Domain.NUCLEAR))
            .build();
    assertEquals(plain, all);
    assertEquals(plain.id(), all.id());
    assertEquals(ImmutableSetMultimap.of(), all.narrowed());
    Statement narrowed = plain.toBuilder().narrowed(ImmutableSetMultimap.of(CHINA, Domain.NUCLEAR)).build();
    assertNotEquals(plain.id(), narrowed.id());
    assertEquals(narrowed, narrowed.toBuilder().build());
  }

  @Test
  void narrowed_mustNameItsOwnStatesAndDomains() {
    assertThrows(
        IllegalArgumentException.class,
        () -> quote().narrowed(ImmutableSetMultimap.of(IRAN, Domain.DIPLOMATIC)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> quote().narrowed(ImmutableSetMultimap.of(CHINA, Domain.NUCLEAR)).build());
  }

  @Test
  void pairsLinkTheSpeakersStateToEachOther() {
    assertEquals(
        ImmutableSet.of(CountryPair.of(RUSSIA, CHINA), CountryPair.of(RUSSIA, INDIA)),
        quote().build().pairs());
  }

  @Test
  void organizations_areTheSpeakerWhenItIsOne() {
    Organization sco = Organization.of("Organisation de coopération de Shanghai").withAcronym("OCS");
    assertEquals(ImmutableSet.of(sco), quote().speaker(sco).build().organizations());
    assertEquals(ImmutableSet.of(), quote().build().organizations());
    assertEquals(ImmutableSet.of(), quote().speaker(State.of(CHINA)).build().organizations());
  }

  @Test
  void pairsExcludeTheSpeakersOwnState() {
    Statement statement = quote().about(RUSSIA, CHINA).build();
    assertEquals(ImmutableSet.of(CountryPair.of(RUSSIA, CHINA)), statement.pairs());
    assertEquals(ImmutableSet.of(), quote().about(RUSSIA).build().pairs());
  }

  @Test
  void speakerWithoutAState_linksNothing() {
    Person someone = new Person("un diplomate", Optional.empty(), Optional.empty(), ImmutableSet.of());
    Statement statement = quote().speaker(someone).build();
    assertEquals(ImmutableSet.of(), statement.pairs());
    assertEquals(ImmutableSet.of(CHINA, INDIA), statement.states());
  }

  @Test
  void statesIncludeTheSpeakersState() {
    assertEquals(ImmutableSet.of(CHINA, INDIA, RUSSIA), quote().build().states());
  }

  @Test
  void stateAsSpeaker() {
    Statement statement = quote().speaker(State.of(CHINA)).about(INDIA).build();
    assertEquals(ImmutableSet.of(CountryPair.of(CHINA, INDIA)), statement.pairs());
  }

  @Test
  void blankQuote_throwsNamingTheSpeaker() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> quote().quote(" \n").build());
    assertEquals("a statement needs words, speaker Vladimir Poutine", e.getMessage());
  }

  @Test
  void noDomain_throwsNamingTheSpeaker() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> quote().domains(List.of()).build());
    assertEquals("a statement needs a domain, speaker Vladimir Poutine", e.getMessage());
  }

  @Test
  void noEvidence_throwsNamingTheSpeaker() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> quote().evidence(List.of()).build());
    assertEquals("a statement needs evidence, speaker Vladimir Poutine", e.getMessage());
  }

  @Test
  void missingSpeaker_throwsNamingIt() {
    assertEquals(
        "speaker",
        assertThrows(NullPointerException.class, () -> quote().speaker(null).build()).getMessage());
  }

  @Test
  void id_dependsOnTheSpeakerNotTheEvidence() {
    Statement statement = quote().build();
    assertEquals(true, statement.id().matches("stm-[0-9a-f]{16}"), statement.id());
    assertEquals(statement.id(), statement.withEvidence(List.of(Samples.otherEvidence())).id());
    assertNotEquals(statement.id(), quote().speaker(Person.of("Xi Jinping", CHINA)).build().id());
    assertNotEquals(statement.id(), quote().speaker(State.of(RUSSIA)).build().id());
  }

  @Test
  void toString_shortensLongQuotes() {
    String longQuote = "a".repeat(100);
    assertEquals(
        "Statement[Vladimir Poutine (RUS) about {CHN,IND} [DIPLOMATIC]: \"" + "a".repeat(57) + "...\"]",
        quote().quote(longQuote).build().toString());
  }
}
