package dev.entente.query;

import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.KAZAKHSTAN;
import static dev.entente.model.Country.MONGOLIA;
import static dev.entente.model.Country.PAKISTAN;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.Country.UNITED_STATES;
import static dev.entente.model.Domain.DIPLOMATIC;
import static dev.entente.model.Domain.ECONOMIC;
import static dev.entente.model.Domain.ENERGY;
import static dev.entente.model.Domain.MILITARY;
import static dev.entente.model.Domain.SECURITY;
import static dev.entente.query.SampleCorpus.AK203;
import static dev.entente.query.SampleCorpus.GWADAR;
import static dev.entente.query.SampleCorpus.J10;
import static dev.entente.query.SampleCorpus.MINISTRY;
import static dev.entente.query.SampleCorpus.MISSION;
import static dev.entente.query.SampleCorpus.POUTINE;
import static dev.entente.query.SampleCorpus.S400;
import static dev.entente.query.SampleCorpus.TREATY;
import static dev.entente.query.SampleCorpus.VOSTOK;
import static dev.entente.query.SampleCorpus.XI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import dev.entente.model.Country;
import dev.entente.model.CountryPair;
import dev.entente.model.Domain;
import dev.entente.model.Fact;
import dev.entente.model.PartialDate;
import dev.entente.model.Relation;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class RelationQueryTest {

  private final Corpus corpus = SampleCorpus.get();

  private static Relation relation(Country a, Country b, Domain domain, Fact... facts) {
    return new Relation(
        CountryPair.of(a, b),
        domain,
        List.of(facts).stream().collect(com.google.common.collect.ImmutableList.toImmutableList()));
  }

  /** Returns the relations as "CHN-RUS MILITARY" strings, which read better in a failure. */
  private static List<String> names(List<Relation> relations) {
    return relations.stream().map(r -> r.pair() + " " + r.domain()).toList();
  }

  @Test
  void relations_listsEveryRelation_byPairThenDomain() {
    assertEquals(
        List.of(
            "CHN-KAZ MILITARY",
            "CHN-MNG MILITARY",
            "CHN-PAK MILITARY",
            "CHN-PAK ENERGY",
            "CHN-PAK ECONOMIC",
            "CHN-RUS MILITARY",
            "CHN-RUS DIPLOMATIC",
            "CHN-USA SECURITY",
            "CHN-USA DIPLOMATIC",
            "IND-RUS MILITARY",
            "KAZ-RUS MILITARY",
            "MNG-RUS MILITARY"),
        names(corpus.relations().list()));
  }

  @Nested
  final class Filters {

    @Test
    void between_selectsThePair() {
      assertEquals(
          List.of(
              relation(CHINA, RUSSIA, MILITARY, TREATY, MISSION, VOSTOK),
              relation(CHINA, RUSSIA, DIPLOMATIC, POUTINE, XI)),
          corpus.relations().between(RUSSIA, CHINA).list());
    }

    @Test
    void between_isUnordered() {
      assertEquals(
          corpus.relations().between(CHINA, RUSSIA), corpus.relations().between(RUSSIA, CHINA));
      assertEquals(
          corpus.relations().between(CHINA, RUSSIA).list(),
          corpus.relations().between(RUSSIA, CHINA).list());
    }

    @Test
    void between_aPairWithoutRelation_isEmpty() {
      assertEquals(List.of(), corpus.relations().between(INDIA, PAKISTAN).list());
      assertEquals(false, corpus.relations().between(INDIA, PAKISTAN).exists());
    }

    @Test
    void between_sameStateTwice_throws() {
      assertThrows(IllegalArgumentException.class, () -> corpus.relations().between(CHINA, CHINA));
    }

    @Test
    void inDomain_selectsAnyOfTheDomains() {
      assertEquals(
          List.of("CHN-PAK ENERGY", "CHN-PAK ECONOMIC", "CHN-USA SECURITY"),
          names(corpus.relations().inDomain(SECURITY, ECONOMIC, ENERGY).list()));
    }

    @Test
    void involving_selectsRelationsOfWhichAStateIsOneEnd() {
      assertEquals(
          List.of("CHN-MNG MILITARY", "IND-RUS MILITARY", "MNG-RUS MILITARY"),
          names(corpus.relations().involving(INDIA, MONGOLIA).list()));
    }

    @Test
    void involving_aStateOfAFactButNotOfThePair_doesNotSelect() {
      // Mission de paix links CHN, RUS and KAZ, yet the relation CHN-RUS does not involve KAZ.
      assertEquals(
          List.of("CHN-KAZ MILITARY", "KAZ-RUS MILITARY"),
          names(corpus.relations().involving(KAZAKHSTAN).list()));
    }

    @Test
    void during_narrowsEachRelationToItsFactsOfThatYear() {
      assertEquals(
          List.of(
              relation(CHINA, RUSSIA, MILITARY, TREATY, MISSION),
              relation(CHINA, RUSSIA, DIPLOMATIC, POUTINE)),
          corpus.relations().between(CHINA, RUSSIA).during(Year.of(2017)).list());
    }

    @Test
    void during_dropsRelationsLeftWithoutFacts() {
      assertEquals(
          List.of(relation(CHINA, RUSSIA, MILITARY, VOSTOK)),
          corpus.relations().between(CHINA, RUSSIA).during(Year.of(2018)).list());
    }

    @Test
    void during_aMonth_selectsFactsSharingADay() {
      // Vostok starts 2018-09-11; a year-precise date would also overlap September.
      assertEquals(
          List.of("CHN-MNG MILITARY", "CHN-RUS MILITARY", "MNG-RUS MILITARY"),
          names(corpus.relations().during(PartialDate.parse("2018-09")).list()));
    }

    @Test
    void during_yearAndPartialDate_areTheSameFilter() {
      assertEquals(
          corpus.relations().during(PartialDate.parse("2017")),
          corpus.relations().during(Year.of(2017)));
    }

    @Test
    void sinceAndUntil_boundTheDates_andLeaveUndatedFactsOut() {
      RelationQuery window =
          corpus.relations().since(PartialDate.parse("2018-01")).until(PartialDate.parse("2019"));
      assertEquals(
          List.of(
              "CHN-MNG MILITARY",
              "CHN-RUS MILITARY",
              "CHN-RUS DIPLOMATIC",
              "CHN-USA SECURITY",
              "CHN-USA DIPLOMATIC",
              "IND-RUS MILITARY",
              "MNG-RUS MILITARY"),
          names(window.list()));
      assertEquals(
          List.of(),
          corpus.relations().between(CHINA, PAKISTAN).since(PartialDate.parse("1900")).list());
    }

    @Test
    void since_aYear_keepsAFactOfThatYear() {
      assertEquals(
          List.of(relation(INDIA, RUSSIA, MILITARY, AK203)),
          corpus.relations().involving(INDIA).since(PartialDate.parse("2021")).list());
    }

    @Test
    void inDocument_narrowsToTheFactsTheDocumentsReport() {
      assertEquals(
          List.of(
              relation(CHINA, PAKISTAN, MILITARY, J10),
              relation(CHINA, RUSSIA, MILITARY, TREATY),
              relation(CHINA, UNITED_STATES, SECURITY, MINISTRY),
              relation(CHINA, UNITED_STATES, DIPLOMATIC, MINISTRY),
              relation(INDIA, RUSSIA, MILITARY, AK203)),
          corpus.relations().inDocument("d2").list());
    }

    @Test
    void inDocument_keepsAMergedFactWhole() {
      Relation treaty =
          corpus.relations().inDocument("d2").between(CHINA, RUSSIA).first().orElseThrow();
      assertEquals(2, treaty.facts().get(0).evidence().size());
    }

    @Test
    void filtersCombine() {
      assertEquals(
          List.of(relation(CHINA, RUSSIA, DIPLOMATIC, XI)),
          corpus
              .relations()
              .involving(RUSSIA)
              .inDomain(DIPLOMATIC)
              .inDocument("d3", "d2")
              .since(PartialDate.parse("2018"))
              .list());
    }

    @Test
    void withoutDateFilters_theRelationsAreTheCorpusOwn() {
      Relation a = corpus.relations().between(CHINA, RUSSIA).first().orElseThrow();
      Relation b =
          corpus.relations().inDomain(MILITARY).between(CHINA, RUSSIA).first().orElseThrow();
      assertSame(a, b);
    }
  }

  @Nested
  final class Terminals {

    private final RelationQuery china = corpus.relations().involving(CHINA);

    @Test
    void countExistsFirstAndStream_agreeWithList() {
      List<Relation> list = china.list();
      assertEquals(9, list.size());
      assertEquals(list.size(), china.count());
      assertEquals(true, china.exists());
      assertEquals(Optional.of(list.get(0)), china.first());
      assertEquals(list, china.stream().toList());
    }

    @Test
    void onNothing_areEmpty() {
      RelationQuery none = corpus.relations().between(INDIA, PAKISTAN);
      assertEquals(0, none.count());
      assertEquals(false, none.exists());
      assertEquals(Optional.empty(), none.first());
      assertEquals(List.of(), none.stream().toList());
    }

    @Test
    void aQuery_canBeRunAgain() {
      RelationQuery q = corpus.relations().inDomain(MILITARY).during(Year.of(2018));
      assertEquals(q.list(), q.list());
      assertEquals(q.count(), q.count());
    }
  }

  @Nested
  final class Summaries {

    @Test
    void countByPair_mostLinkedFirst_tiesInPairOrder() {
      Map<String, Long> expected = new LinkedHashMap<>();
      expected.put("CHN-PAK", 3L);
      expected.put("CHN-RUS", 2L);
      expected.put("CHN-USA", 2L);
      expected.put("CHN-KAZ", 1L);
      expected.put("CHN-MNG", 1L);
      expected.put("IND-RUS", 1L);
      expected.put("KAZ-RUS", 1L);
      expected.put("MNG-RUS", 1L);
      ImmutableMap<CountryPair, Long> counts = corpus.relations().countByPair();
      assertEquals(
          List.copyOf(expected.entrySet()),
          counts.entrySet().stream()
              .map(e -> Map.entry(e.getKey().toString(), e.getValue()))
              .toList());
    }

    @Test
    void countByDomain_inDomainOrder() {
      assertEquals(
          List.of(
              Map.entry(MILITARY, 7L),
              Map.entry(SECURITY, 1L),
              Map.entry(ENERGY, 1L),
              Map.entry(ECONOMIC, 1L),
              Map.entry(DIPLOMATIC, 2L)),
          List.copyOf(corpus.relations().countByDomain().entrySet()));
    }

    @Test
    void countByYear_countsARelationInEachYearOfItsFacts() {
      assertEquals(
          Map.of(2017, 4L, 2018, 6L, 2019, 1L, 2021, 1L), corpus.relations().countByYear());
      assertEquals(
          List.of(2017, 2018, 2019, 2021), List.copyOf(corpus.relations().countByYear().keySet()));
    }

    @Test
    void summaries_honourTheFilters() {
      RelationQuery russia2017 = corpus.relations().involving(RUSSIA).during(Year.of(2017));
      assertEquals(Map.of(2017, 3L), russia2017.countByYear());
      assertEquals(Map.of(MILITARY, 2L, DIPLOMATIC, 1L), russia2017.countByDomain());
      assertEquals(
          Map.of(CountryPair.of(CHINA, RUSSIA), 2L, CountryPair.of(KAZAKHSTAN, RUSSIA), 1L),
          russia2017.countByPair());
    }

    @Test
    void graph_hasTheStatesWithARelation_andTheDomainsLinkingThem() {
      ImmutableValueGraph<Country, ImmutableSet<Domain>> graph = corpus.relations().graph();

      assertEquals(false, graph.isDirected());
      assertEquals(
          List.of(CHINA, INDIA, KAZAKHSTAN, MONGOLIA, PAKISTAN, RUSSIA, UNITED_STATES),
          List.copyOf(graph.nodes()));
      assertEquals(8, graph.edges().size());
      assertEquals(
          Optional.of(Set.of(MILITARY, ENERGY, ECONOMIC)), graph.edgeValue(PAKISTAN, CHINA));
      assertEquals(Optional.of(Set.of(MILITARY, DIPLOMATIC)), graph.edgeValue(CHINA, RUSSIA));
      assertEquals(Optional.empty(), graph.edgeValue(INDIA, CHINA));
    }

    @Test
    void graph_honoursTheFilters() {
      ImmutableValueGraph<Country, ImmutableSet<Domain>> graph =
          corpus.relations().inDomain(DIPLOMATIC).graph();

      assertEquals(List.of(CHINA, RUSSIA, UNITED_STATES), List.copyOf(graph.nodes()));
      assertEquals(
          Set.of("CHN-RUS [DIPLOMATIC]", "CHN-USA [DIPLOMATIC]"),
          graph.edges().stream()
              .map(
                  e ->
                      CountryPair.of(e.nodeU(), e.nodeV()) + " " + graph.edgeValue(e).orElseThrow())
              .collect(Collectors.toSet()));
    }

    @Test
    void graph_ofNothing_isEmpty() {
      assertEquals(Set.of(), corpus.relations().between(INDIA, PAKISTAN).graph().nodes());
      assertEquals(Set.<EndpointPair<Country>>of(), Corpus.empty().relations().graph().edges());
    }
  }

  @Nested
  final class Mistakes {

    @Test
    void settingADimensionTwice_throwsShowingTheValueAlreadySet() {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> corpus.relations().between(RUSSIA, CHINA).between(INDIA, PAKISTAN));
      assertEquals("between is already set to CHN-RUS", e.getMessage());
    }

    @Test
    void settingOtherDimensionsTwice_throwsToo() {
      assertEquals(
          "inDomain is already set to MILITARY, NUCLEAR",
          assertThrows(
                  IllegalStateException.class,
                  () -> corpus.relations().inDomain(MILITARY, Domain.NUCLEAR).inDomain(ENERGY))
              .getMessage());
      assertEquals(
          "during is already set to 2017",
          assertThrows(
                  IllegalStateException.class,
                  () ->
                      corpus.relations().during(Year.of(2017)).during(PartialDate.parse("2018-01")))
              .getMessage());
      assertEquals(
          "inDocument is already set to \"d1\"",
          assertThrows(
                  IllegalStateException.class,
                  () -> corpus.relations().inDocument("d1").inDocument("d2"))
              .getMessage());
      assertEquals(
          "involving is already set to RUS",
          assertThrows(
                  IllegalStateException.class,
                  () -> corpus.relations().involving(RUSSIA).involving(CHINA))
              .getMessage());
    }

    @Test
    void nullArguments_throwNullPointerException() {
      RelationQuery q = corpus.relations();
      assertThrows(NullPointerException.class, () -> q.between(null, CHINA));
      assertThrows(NullPointerException.class, () -> q.between(CHINA, null));
      assertThrows(NullPointerException.class, () -> q.inDomain((Domain[]) null));
      assertThrows(NullPointerException.class, () -> q.inDomain(MILITARY, null));
      assertThrows(NullPointerException.class, () -> q.involving((Country) null));
      assertThrows(NullPointerException.class, () -> q.during((Year) null));
      assertThrows(NullPointerException.class, () -> q.during((PartialDate) null));
      assertThrows(NullPointerException.class, () -> q.since(null));
      assertThrows(NullPointerException.class, () -> q.until(null));
      assertThrows(NullPointerException.class, () -> q.inDocument((String) null));
    }

    @Test
    void emptyVarargs_throwIllegalArgumentException() {
      RelationQuery q = corpus.relations();
      assertEquals(
          "inDomain needs at least one value",
          assertThrows(IllegalArgumentException.class, q::inDomain).getMessage());
      assertThrows(IllegalArgumentException.class, q::involving);
      assertThrows(IllegalArgumentException.class, q::inDocument);
    }

    @Test
    void aFailedCall_leavesTheQueryUsable() {
      RelationQuery q = corpus.relations().between(CHINA, RUSSIA);
      assertThrows(IllegalStateException.class, () -> q.between(INDIA, RUSSIA));
      assertEquals(2, q.count());
    }
  }

  @Nested
  final class AsAValue {

    @Test
    void toString_printsTheChain_pairsCanonical_countriesAsAlpha3() {
      assertEquals(
          "relations().between(CHN, RUS).inDomain(MILITARY)",
          corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY).toString());
    }

    @Test
    void toString_printsEveryKindOfArgument() {
      assertEquals(
          "relations().involving(RUS, CHN).during(2017).since(2017-06).until(2018-03-01)"
              + ".inDocument(\"d1\", \"d2\").inDomain(MILITARY, DIPLOMATIC)",
          corpus
              .relations()
              .involving(RUSSIA, CHINA)
              .during(Year.of(2017))
              .since(PartialDate.parse("2017-06"))
              .until(PartialDate.parse("2018-03-01"))
              .inDocument("d1", "d2")
              .inDomain(MILITARY, DIPLOMATIC)
              .toString());
    }

    @Test
    void toString_ofTheWholeQuery() {
      assertEquals("relations()", corpus.relations().toString());
    }

    @Test
    void equality_ignoresTheOrderOfTheCalls() {
      RelationQuery a = corpus.relations().between(CHINA, RUSSIA).inDomain(MILITARY);
      RelationQuery b = corpus.relations().inDomain(MILITARY).between(RUSSIA, CHINA);
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(a.list(), b.list());
    }

    @Test
    void equality_takesTheFiltersAndTheCorpus() {
      assertNotEquals(
          corpus.relations().inDomain(MILITARY), corpus.relations().inDomain(MILITARY, ENERGY));
      assertNotEquals(corpus.relations(), SampleCorpus.get().relations());
      assertEquals(corpus.relations(), corpus.relations());
    }

    @Test
    void narrowing_leavesTheOriginalQueryAsItWas() {
      RelationQuery all = corpus.relations();
      all.between(CHINA, RUSSIA);
      assertEquals(12, all.count());
      assertEquals("relations()", all.toString());
    }
  }

  @Test
  void everyFactOfTheSample_isInSomeRelation() {
    List<Fact> inRelations =
        corpus.relations().stream().flatMap(r -> r.facts().stream()).distinct().toList();
    assertEquals(
        Set.of(TREATY, MISSION, S400, POUTINE, AK203, J10, MINISTRY, GWADAR, VOSTOK, XI),
        Set.copyOf(inRelations));
  }
}
