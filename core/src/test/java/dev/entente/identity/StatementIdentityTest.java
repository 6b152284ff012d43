package dev.entente.identity;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.IRAN;
import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.Person;
import dev.entente.model.Relation;
import dev.entente.model.Span;
import dev.entente.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How merging one speaker's statements keeps the domains each says of each state. */
final class StatementIdentityTest {

  private static final Person LAVROV = Person.of("Sergueï Lavrov", RUSSIA);

  private static Statement.Builder said(String document) {
    return Statement.builder()
        .speaker(LAVROV)
        .quote("Les deux pays approfondiront leur coopération")
        .evidence(Evidence.of(document, Span.of(0, 10), "une phrase", "StatementRule"));
  }

  @Test
  void merge_keepsEachStateInTheDomainsSomeMentionLinksItIn() {
    Statement onChina = said("a").about(CHINA).domains(Domain.MILITARY).build();
    Statement onIran =
        said("b")
            .about(CHINA, IRAN)
            .domains(Domain.DIPLOMATIC, Domain.NUCLEAR)
            .narrowed(ImmutableSetMultimap.of(IRAN, Domain.NUCLEAR, CHINA, Domain.DIPLOMATIC))
            .build();
    Statement merged = new StatementIdentity().merge(ImmutableList.of(onChina, onIran));
    assertEquals(ImmutableSet.of(Domain.MILITARY, Domain.DIPLOMATIC, Domain.NUCLEAR), merged.domains());
    assertEquals(ImmutableSet.of(Domain.MILITARY, Domain.DIPLOMATIC), merged.domainsWith(CHINA));
    assertEquals(ImmutableSet.of(Domain.NUCLEAR), merged.domainsWith(IRAN));
    assertEquals(
        List.of("CHN-RUS MILITARY", "CHN-RUS DIPLOMATIC", "IRN-RUS NUCLEAR"),
        Relation.derive(List.of(merged)).stream().map(r -> r.pair() + " " + r.domain()).toList());
  }

  @Test
  void merge_ofStatementsLinkingEveryDomain_narrowsNothing() {
    Statement a = said("a").about(CHINA).domains(Domain.MILITARY).build();
    Statement b = said("b").about(CHINA).domains(Domain.DIPLOMATIC).build();
    Statement merged = new StatementIdentity().merge(ImmutableList.of(a, b));
    assertEquals(ImmutableSetMultimap.of(), merged.narrowed());
    assertEquals(ImmutableSet.of(Domain.MILITARY, Domain.DIPLOMATIC), merged.domainsWith(CHINA));
  }
}
