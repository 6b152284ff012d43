package dev.entente.query;

import static dev.entente.model.AgreementKind.ACCORD;
import static dev.entente.model.AgreementKind.CONTRACT;
import static dev.entente.model.AgreementStatus.NEGOTIATING;
import static dev.entente.model.AgreementStatus.SIGNED;
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

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Document;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.PartialDate;
import dev.entente.model.Person;
import dev.entente.model.Reading;
import dev.entente.model.Span;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;

/**
 * A small corpus built by hand: three documents, eleven reported facts of which one (the
 * Sino-Russian treaty, {@link #TREATY_D1} and {@link #TREATY_D2}) is reported twice, so ten corpus
 * facts and twelve relations.
 *
 * <p>The corpus facts, in order: TREATY (d1 then d2), MISSION (d1), S400 (d1), POUTINE (d1), AK203
 * (d2), J10 (d2), MINISTRY (d2), GWADAR (d3), VOSTOK (d3), XI (d3).
 */
final class SampleCorpus {

  static final Person POUTINE_PERSON = Person.of("Vladimir Poutine", RUSSIA).withRole("président");
  static final Person XI_PERSON = Person.of("Xi Jinping", CHINA);
  static final Organization CHINESE_MINISTRY =
      Organization.of("ministère chinois des Affaires étrangères").withCountry(CHINA);

  static final Agreement TREATY_D1 =
      treaty(evidence("d1", "Moscou et Pékin ont signé en juin 2017 un traité militaire."));
  static final Agreement TREATY_D2 =
      treaty(evidence("d2", "Le traité militaire sino-russe de juin 2017 reste en vigueur."));
  static final JointExercise MISSION =
      JointExercise.builder()
          .name("Mission de paix 2017")
          .participants(RUSSIA, CHINA, KAZAKHSTAN)
          .start(PartialDate.parse("2017-08-01"))
          .evidence(evidence("d1", "L'exercice « Mission de paix 2017 » a débuté le 1er août."))
          .build();
  static final ArmsTransfer S400 =
      ArmsTransfer.builder()
          .supplier(RUSSIA)
          .recipient(INDIA)
          .system("S-400 Triumf")
          .category(SystemCategory.AIR_DEFENCE)
          .quantity(5)
          .status(TransferStatus.ORDERED)
          .date(PartialDate.parse("2018-10"))
          .evidence(evidence("d1", "L'Inde a commandé cinq systèmes S-400 Triumf en octobre 2018."))
          .build();
  static final Statement POUTINE =
      Statement.builder()
          .speaker(POUTINE_PERSON)
          .quote("Nos relations n'ont jamais été aussi bonnes.")
          .about(CHINA)
          .domains(DIPLOMATIC)
          .date(PartialDate.parse("2017-07"))
          .evidence(
              evidence("d1", "« Nos relations n'ont jamais été aussi bonnes », a dit Poutine."))
          .build();
  static final Agreement AK203 =
      Agreement.builder()
          .parties(RUSSIA, INDIA)
          .kind(CONTRACT)
          .domains(MILITARY)
          .status(SIGNED)
          .date(PartialDate.parse("2021-12"))
          .subject("AK-203")
          .evidence(
              evidence("d2", "New Delhi et Moscou ont signé le contrat AK-203 en décembre 2021."))
          .build();
  static final ArmsTransfer J10 =
      ArmsTransfer.builder()
          .supplier(CHINA)
          .recipient(PAKISTAN)
          .system("J-10C")
          .category(SystemCategory.FIGHTER_AIRCRAFT)
          .status(TransferStatus.DELIVERED)
          .evidence(evidence("d2", "Pékin a livré des chasseurs J-10C au Pakistan."))
          .build();
  static final Statement MINISTRY =
      Statement.builder()
          .speaker(CHINESE_MINISTRY)
          .quote("Washington doit cesser ses provocations.")
          .about(UNITED_STATES)
          .domains(DIPLOMATIC, SECURITY)
          .date(PartialDate.parse("2018-03"))
          .evidence(evidence("d2", "Washington doit cesser ses provocations, selon Pékin."))
          .build();
  static final Agreement GWADAR =
      Agreement.builder()
          .parties(CHINA, PAKISTAN)
          .kind(ACCORD)
          .domains(ECONOMIC, ENERGY)
          .status(NEGOTIATING)
          .subject("corridor économique")
          .evidence(evidence("d3", "Pékin et Islamabad négocient un accord sur le corridor."))
          .build();
  static final JointExercise VOSTOK =
      JointExercise.builder()
          .name("Vostok 2018")
          .participants(RUSSIA, CHINA, MONGOLIA)
          .start(PartialDate.parse("2018-09-11"))
          .end(PartialDate.parse("2018-09-17"))
          .evidence(
              evidence("d3", "Les manœuvres Vostok 2018 ont réuni Russes, Chinois et Mongols."))
          .build();
  static final Statement XI =
      Statement.builder()
          .speaker(XI_PERSON)
          .quote("La Russie est notre partenaire stratégique.")
          .about(RUSSIA)
          .domains(DIPLOMATIC)
          .date(PartialDate.parse("2019"))
          .evidence(evidence("d3", "« La Russie est notre partenaire stratégique », a déclaré Xi."))
          .build();

  /** The treaty as the corpus holds it: one fact with the evidence of d1, then of d2. */
  static final Agreement TREATY =
      TREATY_D1.withEvidence(
          com.google.common.collect.Iterables.concat(TREATY_D1.evidence(), TREATY_D2.evidence()));

  static final Reading D1 =
      Reading.builder(Document.of("d1").withPublished(PartialDate.parse("2017-09")))
          .actors(
              State.of(RUSSIA),
              State.of(CHINA),
              State.of(KAZAKHSTAN),
              POUTINE_PERSON,
              State.of(INDIA))
          .agreements(TREATY_D1)
          .exercises(MISSION)
          .armsTransfers(S400)
          .statements(POUTINE)
          .build();
  static final Reading D2 =
      Reading.builder(Document.of("d2"))
          .actors(
              State.of(RUSSIA),
              State.of(INDIA),
              State.of(CHINA),
              State.of(PAKISTAN),
              CHINESE_MINISTRY,
              State.of(UNITED_STATES))
          .agreements(TREATY_D2, AK203)
          .armsTransfers(J10)
          .statements(MINISTRY)
          .build();
  static final Reading D3 =
      Reading.builder(Document.of("d3"))
          .actors(
              State.of(CHINA),
              State.of(PAKISTAN),
              State.of(RUSSIA),
              State.of(MONGOLIA),
              XI_PERSON,
              POUTINE_PERSON)
          .agreements(GWADAR)
          .exercises(VOSTOK)
          .statements(XI)
          .build();

  private SampleCorpus() {}

  /** Returns the corpus of d1, d2 and d3. */
  static Corpus get() {
    return Corpus.of(D1, D2, D3);
  }

  private static Agreement treaty(Evidence evidence) {
    return Agreement.builder()
        .parties(RUSSIA, CHINA)
        .kind(AgreementKind.TREATY)
        .domains(MILITARY)
        .status(SIGNED)
        .date(PartialDate.parse("2017-06"))
        .subject("coopération militaire")
        .evidence(evidence)
        .build();
  }

  /** Returns evidence from {@code documentId} covering the whole {@code sentence}. */
  static Evidence evidence(String documentId, String sentence) {
    return Evidence.of(documentId, Span.of(0, sentence.length()), sentence, "HandWritten");
  }
}
