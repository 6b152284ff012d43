package dev.entente.identity;

import static dev.entente.model.AgreementStatus.IN_FORCE;
import static dev.entente.model.AgreementStatus.RATIFIED;
import static dev.entente.model.AgreementStatus.SIGNED;
import static dev.entente.model.Country.CHINA;
import static dev.entente.model.Country.FRANCE;
import static dev.entente.model.Country.INDIA;
import static dev.entente.model.Country.RUSSIA;
import static dev.entente.model.TransferStatus.DELIVERED;
import static dev.entente.model.TransferStatus.ORDERED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.Statement;
import dev.entente.parse.Parser;
import dev.entente.query.Corpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Resolution end to end: short articles written for this test (three to five per kind, each
 * reporting one event with other details), read by the parser and resolved by the corpus, and
 * near misses that must stay records of their own.
 */
final class ArticleResolutionTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static Corpus corpus(Map<String, String> articles) {
    List<Reading> readings = new ArrayList<>();
    articles.forEach((id, text) -> readings.add(PARSER.parse(id, text)));
    return Corpus.of(readings);
  }

  /** Returns the documents of each record of the kind, as sets, sorted for a readable failure. */
  private static Set<Set<String>> clusters(Corpus corpus, Class<? extends Fact> kind) {
    return corpus.records().stream()
        .filter(r -> kind.isInstance(r.fact()))
        .map(FactRecord::documents)
        .collect(Collectors.toSet());
  }

  @Nested
  final class Agreements {

    private final Corpus corpus =
        corpus(
            Map.of(
                "agr-a",
                "L'Inde et la France ont signé le 12 mars 2024 un accord de défense sur la"
                    + " production de moteurs d'avion.",
                "agr-b",
                "New Delhi et Paris ont conclu en mars 2024 un accord militaire sur la production"
                    + " de moteurs d'avion.",
                "agr-c",
                "L'Inde a ratifié en décembre 2024 l'accord de défense conclu avec la France sur la"
                    + " production de moteurs d'avion.",
                "agr-d",
                "L'accord de défense sur la production de moteurs d'avion signé par l'Inde et la"
                    + " France est entré en vigueur en janvier 2025.",
                "agr-near-subject",
                "L'Inde et la France ont signé en 2019 un accord de défense sur la formation des"
                    + " pilotes.",
                "agr-near-years",
                "L'Inde et la France avaient signé en 2012 un accord de défense sur la production"
                    + " de moteurs d'avion."));

    @Test
    void fourReportsOfOneTreaty_areOneRecord_nearMissesStayApart() {
      assertEquals(
          Set.of(
              Set.of("agr-a", "agr-b", "agr-c", "agr-d"),
              Set.of("agr-near-subject"),
              Set.of("agr-near-years")),
          clusters(corpus, Agreement.class));
    }

    @Test
    void lifecycle_answersSignedRatifiedAndInForceFromOneRecord() {
      List<FactRecord<Agreement>> inForce =
          corpus.agreements().withParty(INDIA, FRANCE).withStatus(IN_FORCE).records();
      assertEquals(1, inForce.size(), inForce.toString());
      FactRecord<Agreement> treaty = inForce.get(0);
      assertEquals(IN_FORCE, treaty.fact().status());
      assertEquals(
          List.of("SIGNED 2024-03-12", "RATIFIED 2024-12", "IN_FORCE 2025-01"),
          treaty.lifecycle().stream().map(s -> s.status() + " " + s.date().orElseThrow()).toList());
      assertEquals(
          Set.of(treaty.fact()),
          Set.copyOf(
              corpus.agreements().reached(SIGNED, PartialDate.parse("2024")).list()));
      assertEquals(
          Set.of(treaty.fact()),
          Set.copyOf(
              corpus.agreements().reached(RATIFIED, PartialDate.parse("2024-12")).list()));
      assertEquals(1, corpus.agreements().withStatus(RATIFIED).count());
      assertEquals(4, treaty.mentions().size());
      // the two sources of the signature date it differently: both stay visible
      assertEquals(
          List.of(Disagreement.Attribute.DATE),
          treaty.disagreements().stream()
              .filter(d -> d.step().equals(java.util.Optional.of(SIGNED)))
              .map(Disagreement::attribute)
              .toList());
    }

    @Test
    void queries_countMergedFacts_relationsCountMentionsApart() {
      assertEquals(3, corpus.agreements().withParty(INDIA, FRANCE).count());
      var relation = corpus.relations().between(INDIA, FRANCE).first().orElseThrow();
      assertEquals(3, relation.facts().size());
      assertEquals(6, relation.mentionCount());
    }
  }

  @Nested
  final class Exercises {

    private final Corpus corpus =
        corpus(
            Map.of(
                "exe-a",
                "La Russie et la Chine ont lancé les manœuvres Vostok-2018 le 11 septembre 2018 en"
                    + " Sibérie.",
                "exe-b",
                "Les exercices militaires Vostok 2018 réunissent la Russie, la Chine et la Mongolie"
                    + " en septembre 2018.",
                "exe-c",
                "Les armées russe et chinoise ont achevé le 17 septembre 2018 leurs manœuvres"
                    + " conjointes Vostok-2018.",
                "exe-near-edition",
                "La Russie, la Chine et l'Inde participent aux exercices Vostok-2022 en septembre"
                    + " 2022."));

    @Test
    void threeReportsOfOneEdition_areOneRecord_anotherEditionStaysApart() {
      assertEquals(
          Set.of(Set.of("exe-a", "exe-b", "exe-c"), Set.of("exe-near-edition")),
          clusters(corpus, JointExercise.class));
    }

    @Test
    void mergedExercise_hasEveryParticipant_andShowsTheStartsGiven() {
      FactRecord<JointExercise> vostok =
          corpus.exercises().named("Vostok-2018").records().get(0);
      assertEquals(3, vostok.fact().participants().size());
      assertEquals(PartialDate.parse("2018-09-11"), vostok.fact().start().orElseThrow());
      Disagreement starts =
          vostok.disagreements().stream()
              .filter(d -> d.attribute() == Disagreement.Attribute.START)
              .findFirst()
              .orElseThrow();
      assertEquals(
          Set.of("2018-09-11", "2018-09", "2018-09-17"),
          starts.claims().stream().map(Disagreement.Claim::value).collect(Collectors.toSet()));
    }
  }

  @Nested
  final class Transfers {

    private final Corpus corpus =
        corpus(
            Map.of(
                "trf-a",
                "L'Inde a commandé cinq systèmes S-400 à la Russie en octobre 2018.",
                "trf-b",
                "La Russie a livré à l'Inde le premier régiment de S-400 en décembre 2021.",
                "trf-c",
                "La Russie a livré en avril 2022 le deuxième régiment de S-400 à l'Inde.",
                "trf-near-order",
                "L'Inde a commandé en mai 2025 quatre systèmes S-400 à la Russie."));

    @Test
    void orderAndDeliveriesInParts_areOneRecord_aLaterOrderStaysApart() {
      assertEquals(
          Set.of(Set.of("trf-a", "trf-b", "trf-c"), Set.of("trf-near-order")),
          clusters(corpus, ArmsTransfer.class));
    }

    @Test
    void lifecycle_listsTheOrderAndEachDelivery() {
      FactRecord<ArmsTransfer> s400 =
          corpus.armsTransfers().from(RUSSIA).to(INDIA).withStatus(DELIVERED).records().get(0);
      assertEquals(
          List.of("ORDERED 2018-10 x5", "DELIVERED 2021-12", "DELIVERED 2022-04"),
          s400.lifecycle().stream()
              .map(s -> s.toString().replaceAll(" \\[.*", ""))
              .toList());
      assertEquals(5, s400.fact().quantity().getAsInt());
      assertEquals(2, corpus.armsTransfers().withStatus(ORDERED).count());
    }
  }

  @Nested
  final class Statements {

    private final Corpus corpus =
        corpus(
            Map.of(
                "stm-a",
                "Sergueï Lavrov a déclaré le 5 avril 2024 que la coopération militaire avec la"
                    + " Chine n'avait pas de limites.",
                "stm-b",
                "Le 5 avril 2024, Sergueï Lavrov a affirmé que la coopération militaire avec la"
                    + " Chine n'avait pas de limites.",
                "stm-c",
                "Sergueï Lavrov a déclaré le 5 avril 2024 que les liens militaires avec Pékin"
                    + " étaient solides.",
                "stm-near-day",
                "Sergueï Lavrov a déclaré le 20 juin 2024 que la Chine restait un partenaire"
                    + " essentiel."));

    @Test
    void threeReportsOfOneSpeech_areOneRecord_anotherDayStaysApart() {
      assertEquals(
          Set.of(Set.of("stm-a", "stm-b", "stm-c"), Set.of("stm-near-day")),
          clusters(corpus, Statement.class));
      assertEquals(2, corpus.statements().bySpeaker("Lavrov").count());
    }
  }

  /**
   * Near misses within one article: two orders, an order and a delivery that cannot be part of it,
   * a memorandum and its contract, two buyers of one aircraft. Each stays a record of its own;
   * a delivery of part of an order joins it.
   */
  @Nested
  final class WithinOneArticle {

    /** Returns the lifecycle of each transfer record of the article, as text without documents. */
    private Set<List<String>> transfers(String text) {
      return Corpus.of(PARSER.parse("one", text)).armsTransfers().records().stream()
          .map(r -> r.lifecycle().stream().map(s -> s.toString().replaceAll(" \\[.*", "")).toList())
          .collect(Collectors.toSet());
    }

    @Test
    void twoOrdersOfDifferentSizes_areTwoRecords() {
      assertEquals(
          Set.of(List.of("ORDERED x8"), List.of("ORDERED x12")),
          transfers(
              "L'Indonésie a commandé huit hélicoptères Mi-35 à la Russie pour son armée de terre."
                  + " Jakarta a également commandé à la Russie douze hélicoptères Mi-35 pour sa"
                  + " marine."));
    }

    @Test
    void twoOrdersOfDifferentYears_areTwoRecords() {
      assertEquals(
          Set.of(List.of("ORDERED 2019 x8"), List.of("ORDERED 2021 x12")),
          transfers(
              "L'Algérie a commandé en 2019 huit chasseurs Su-57 à la Russie. En 2021, Alger a"
                  + " signé avec Moscou une deuxième commande de douze Su-57."));
    }

    @Test
    void theDeliveryOfPartOfAnOrder_isThatOrdersRecord() {
      assertEquals(
          Set.of(List.of("ORDERED 2019 x12", "DELIVERED 2021-03 x4")),
          transfers(
              "L'Égypte a commandé douze hélicoptères Ka-52 à la Russie en 2019. La Russie a livré"
                  + " les quatre premiers Ka-52 à l'Égypte en mars 2021."));
    }

    @Test
    void aDeliveryOfMoreThanWasOrdered_isAnotherRecord() {
      assertEquals(
          Set.of(List.of("ORDERED 2019 x4"), List.of("DELIVERED 2021-03 x12")),
          transfers(
              "L'Égypte a commandé quatre hélicoptères Ka-52 à la Russie en 2019. La Russie a livré"
                  + " douze Ka-52 à l'Égypte en mars 2021."));
    }

    @Test
    void aMemorandumAndTheContractThatFollows_areTwoRecords() {
      List<Agreement> deals =
          Corpus.of(
                  PARSER.parse(
                      "one",
                      "Le Maroc et la France ont signé en juin 2022 un protocole d'accord sur la"
                          + " fourniture de satellites d'observation. En février 2023, Rabat et"
                          + " Paris ont signé le contrat de fourniture de deux satellites"
                          + " d'observation."))
              .agreements()
              .list();
      assertEquals(
          Set.of(AgreementKind.MEMORANDUM, AgreementKind.CONTRACT),
          deals.stream().map(Agreement::kind).collect(Collectors.toSet()),
          deals.toString());
      assertEquals(2, deals.size(), deals.toString());
    }

    @Test
    void contractsOfOneSellerWithTwoBuyers_areTwoRecords() {
      List<Agreement> deals =
          Corpus.of(
                  PARSER.parse(
                      "one",
                      "La France a signé en 2015 un contrat avec l'Égypte pour vingt-quatre avions"
                          + " Rafale. Quelques mois plus tard, le Qatar a signé à son tour un"
                          + " contrat avec la France pour vingt-quatre avions Rafale."))
              .agreements()
              .list();
      assertEquals(
          Set.of(Set.of(FRANCE, Country.EGYPT), Set.of(FRANCE, Country.QATAR)),
          deals.stream().map(a -> Set.copyOf(a.parties())).collect(Collectors.toSet()),
          deals.toString());
    }
  }

  @Test
  void withinOneArticle_theHeadlineAndTheBodyAreOneFact() {
    Reading reading =
        PARSER.parse(
            "one",
            "L'Inde a commandé 26 Rafale M à la France.\n\n"
                + "Selon New Delhi, l'Inde a commandé en juillet 2023 vingt-six Rafale M à la"
                + " France pour sa marine.");
    Corpus corpus = Corpus.of(reading);
    List<ArmsTransfer> rafales = corpus.armsTransfers().from(FRANCE).to(INDIA).list();
    assertEquals(1, rafales.size(), rafales.toString());
    assertEquals(PartialDate.parse("2023-07"), rafales.get(0).date().orElseThrow());
  }

  @Test
  void shufflingTheArticles_changesNoRecord() {
    List<Reading> readings = new ArrayList<>();
    for (Corpus corpus :
        List.of(
            new Agreements().corpus,
            new Exercises().corpus,
            new Transfers().corpus,
            new Statements().corpus)) {
      readings.addAll(corpus.readings());
    }
    Set<FactRecord<? extends Fact>> expected = Set.copyOf(Corpus.of(readings).records());
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      List<Reading> shuffled = new ArrayList<>(readings);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, Set.copyOf(Corpus.of(shuffled).records()), "seed " + seed);
    }
  }
}
