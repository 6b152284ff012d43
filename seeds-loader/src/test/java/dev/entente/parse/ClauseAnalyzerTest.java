package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Polarity;
import dev.entente.parse.Chunk.Time;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Chunk.Voice;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.Clause.Kind;
import dev.entente.parse.Clause.SubjectSource;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The clause layer on its own: chunks, voice, tense, subjects and complements. */
final class ClauseAnalyzerTest {

  private static final Parser PARSER = Parser.defaultFrench();

  private static SentenceStructure first(String text) {
    return PARSER.structure(text).get(0);
  }

  private static Clause clauseOf(SentenceStructure s, String lemma) {
    return s.clauses().stream()
        .filter(c -> s.verbOf(c).lemma().equals(lemma))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no clause of " + lemma + " in\n" + s));
  }

  private static String text(SentenceStructure s, int chunk) {
    return s.sentence().textOf(s.chunk(chunk).from(), s.chunk(chunk).to());
  }

  private static List<String> subject(SentenceStructure s, Clause c) {
    return c.subject().stream().map(k -> text(s, k)).collect(Collectors.toList());
  }

  private static List<String> arguments(SentenceStructure s, Clause c) {
    return c.arguments().stream()
        .map(a -> (a.marker().isEmpty() ? "" : a.marker() + ":") + text(s, a.chunk()))
        .collect(Collectors.toList());
  }

  @Nested
  final class Voice_ {
    @Test
    void activePast_subjectObjectAndRecipient() {
      SentenceStructure s = first("La Russie a livré quatre S-400 à l'Inde.");
      Clause c = clauseOf(s, "livrer");
      Verbal v = s.verbOf(c);
      assertEquals(Voice.ACTIVE, v.voice(), s.toString());
      assertEquals(Time.PAST, v.time());
      assertEquals(List.of("La Russie"), subject(s, c));
      assertEquals(List.of("quatre S-400", "à:à l'Inde"), arguments(s, c));
      assertEquals(OptionalInt.of(4), s.nominal(c.arguments().get(0).chunk()).quantity());
    }

    @Test
    void passive_withAgentAfterRecipient() {
      SentenceStructure s = first("Quatre S-400 ont été livrés à l'Inde par la Russie en 2021.");
      Clause c = clauseOf(s, "livrer");
      assertEquals(Voice.PASSIVE, s.verbOf(c).voice(), s.toString());
      assertEquals(Time.PAST, s.verbOf(c).time());
      assertEquals(List.of("Quatre S-400"), subject(s, c));
      assertEquals(List.of("à:à l'Inde", "par:par la Russie", "en:en 2021"), arguments(s, c));
    }

    @Test
    void coordinatedComplements_shareTheirPreposition() {
      SentenceStructure s = first("Des manœuvres ont été organisées par le Maroc et les États-Unis.");
      assertEquals(List.of("par:par le Maroc", "par:les États-Unis"), arguments(s, clauseOf(s, "organiser")), s.toString());
      SentenceStructure list = first("L'accord porte sur 40 chars, 12 obusiers et 6 radars.");
      assertEquals(List.of("sur:sur 40 chars", "sur:12 obusiers", "sur:6 radars"), arguments(list, clauseOf(list, "porter")), list.toString());
      SentenceStructure aside = first("Washington a fait livrer, par un cargo, un lot de missiles.");
      assertTrue(arguments(aside, clauseOf(aside, "livrer")).contains("un lot"), aside.toString());
      SentenceStructure next = first("La Russie a livré des chars à l'Inde et la Chine a reçu des missiles.");
      assertEquals(List.of("des chars", "à:à l'Inde"), arguments(next, clauseOf(next, "livrer")), next.toString());
    }

    @Test
    void causativePassive_seFaireLivrer() {
      SentenceStructure s = first("Le Kazakhstan s'est fait livrer par la Turquie deux drones Anka.");
      Clause c = clauseOf(s, "livrer");
      assertEquals(Voice.CAUSATIVE_PASSIVE, s.verbOf(c).voice(), s.toString());
      assertEquals(List.of("Le Kazakhstan"), subject(s, c));
      assertEquals(List.of("par:par la Turquie", "deux drones Anka"), arguments(s, c));
    }

    @Test
    void pronominal_seDoterDe() {
      SentenceStructure s = first("Le Maroc s'est doté de drones Bayraktar auprès de la Turquie.");
      Clause c = clauseOf(s, "doter");
      assertEquals(Voice.PRONOMINAL, s.verbOf(c).voice(), s.toString());
      assertEquals(List.of("de:de drones Bayraktar", "auprès de:auprès de la Turquie"), arguments(s, c));
    }

    @Test
    void etreVerb_isNoPassive() {
      SentenceStructure s = first("Un contingent russe est arrivé lundi au Pakistan.");
      Clause c = clauseOf(s, "arriver");
      assertEquals(Voice.ACTIVE, s.verbOf(c).voice(), s.toString());
      assertEquals(Time.PAST, s.verbOf(c).time());
    }

    @Test
    void reducedParticiple_qualifiesTheNounBeforeIt() {
      SentenceStructure s = first("Les trente blindés livrés par la Turquie à la Tunisie ont défilé dimanche.");
      Clause c = clauseOf(s, "livrer");
      assertEquals(Kind.PARTICIPIAL, c.kind(), s.toString());
      assertEquals(SubjectSource.ANTECEDENT, c.subjectSource());
      assertEquals(List.of("Les trente blindés"), subject(s, c));
      assertEquals(List.of("par:par la Turquie", "à:à la Tunisie"), arguments(s, c));
      assertEquals(List.of("Les trente blindés"), subject(s, clauseOf(s, "defiler")));
    }
  }

  @Nested
  final class TenseAndModality {
    @Test
    void modalChain_keepsTheLexicalVerb() {
      SentenceStructure s = first("L'Inde souhaite acquérir des Rafale.");
      Verbal v = s.verbOf(clauseOf(s, "acquerir"));
      assertEquals(ImmutableList.of("souhaiter"), v.chain(), s.toString());
      assertEquals(Time.PRESENT, v.time());
    }

    @Test
    void future_conditional_andNotYet() {
      assertEquals(Time.FUTURE, verb("La Turquie livrera douze drones à l'Indonésie.", "livrer").time());
      assertEquals(Time.CONDITIONAL, verb("Caracas pourrait acheter 92 chars T-72.", "acheter").time());
      assertEquals(Time.FUTURE, verb("Moscou va livrer des hélicoptères au Mali.", "livrer").time());
      Verbal notYet = verb("La Turquie n'a pas encore reçu les F-35.", "recevoir");
      assertEquals(Polarity.NOT_YET, notYet.polarity());
      assertEquals(Polarity.NEGATIVE, verb("La Russie n'a jamais livré de S-400 à l'Iran.", "livrer").polarity());
    }

    @Test
    void neWithoutPas_isNegativeOnlyWithANegativeWord() {
      assertEquals(Polarity.NEGATIVE, verb("Aucun accord n'a été signé par la Bolivie.", "signer").polarity());
      assertEquals(Polarity.NEGATIVE, verb("Le Chili ne signera aucun traité avec le Pérou.", "signer").polarity());
      assertEquals(Polarity.NEGATIVE, verb("Le Chili ne livrera ni chars ni missiles.", "livrer").polarity());
      assertEquals(Polarity.AFFIRMATIVE, verb("Il faut agir avant que le traité ne soit signé.", "signer").polarity());
    }

    @Test
    void verbOrNoun_byWhatPrecedes() {
      assertEquals(Time.PRESENT, verb("Le Vietnam commande 12 avions Su-30.", "commander").time());
      SentenceStructure noun = first("La commande de 12 avions Su-30 a été signée.");
      assertTrue(noun.clauses().stream().noneMatch(c -> noun.verbOf(c).lemma().equals("commander")), noun.toString());
    }

    private Verbal verb(String text, String lemma) {
      SentenceStructure s = first(text);
      return s.verbOf(clauseOf(s, lemma));
    }
  }

  @Nested
  final class Subjects {
    @Test
    void coordinatedSubject() {
      SentenceStructure s = first("La Russie et la Chine ont signé un accord de coopération.");
      assertEquals(List.of("La Russie", "la Chine"), subject(s, clauseOf(s, "signer")), s.toString());
    }

    @Test
    void adverbialParIsNoAgent() {
      SentenceStructure s = first("Par ailleurs, la Russie a vendu des Su-35 à l'Égypte.");
      Clause c = clauseOf(s, "vendre");
      assertEquals(List.of("la Russie"), subject(s, c), s.toString());
      assertTrue(arguments(s, c).stream().noneMatch(a -> a.startsWith("par:")), s.toString());
    }

    @Test
    void invertedAfterAQuote() {
      SentenceStructure s = first("« Nous sommes prêts », a déclaré le ministre indien de la Défense.");
      Clause c = clauseOf(s, "declarer");
      assertEquals(SubjectSource.INVERTED, c.subjectSource(), s.toString());
      assertEquals(List.of("le ministre indien"), subject(s, c));
      assertEquals("de", s.complementsOf(c.subject().get(0)).get(0).marker());
    }

    @Test
    void invertedPastAComplement() {
      SentenceStructure s = first("D'autres contrats sont en vue, a annoncé vendredi à Caracas un membre de la délégation russe.");
      Clause c = clauseOf(s, "annoncer");
      assertEquals(List.of("un membre"), subject(s, c), s.toString());
    }

    @Test
    void invertedPronoun() {
      SentenceStructure s = first("« C'est un succès », a-t-il ajouté.");
      assertEquals(SubjectSource.INVERTED_PRONOUN, clauseOf(s, "ajouter").subjectSource(), s.toString());
    }

    @Test
    void relativeAside_isSkipped() {
      SentenceStructure s = first("Le ministre, qui était à Moscou, a déclaré que l'accord serait signé.");
      assertEquals(List.of("Le ministre"), subject(s, clauseOf(s, "declarer")), s.toString());
      Clause relative = clauseOf(s, "etre");
      assertEquals(Kind.RELATIVE, relative.kind());
      assertEquals(List.of("Le ministre"), subject(s, relative));
      Clause signed = clauseOf(s, "signer");
      assertEquals(Kind.SUBORDINATE, signed.kind());
      assertEquals(List.of("l'accord"), subject(s, signed));
    }

    @Test
    void infinitive_inheritsTheSubject() {
      SentenceStructure s = first("L'Algérie a envoyé une délégation à Moscou pour acheter des Su-57.");
      Clause buy = clauseOf(s, "acheter");
      assertEquals(Kind.INFINITIVAL, buy.kind(), s.toString());
      assertEquals(List.of("L'Algérie"), subject(s, buy));
    }

    @Test
    void datesAreNoSubjects() {
      SentenceStructure s = first("Mercredi dernier, le Pérou a commandé deux frégates.");
      assertEquals(List.of("le Pérou"), subject(s, clauseOf(s, "commander")), s.toString());
    }
  }

  @Nested
  final class Nouns {
    @Test
    void nounComplements_byPreposition() {
      SentenceStructure s = first("Le site a annoncé la livraison par la Russie à l'Égypte d'une vingtaine de Su-35.");
      int livraison = chunkOf(s, "la livraison");
      List<String> complements = s.complementsOf(livraison).stream()
          .map(a -> a.marker() + ":" + text(s, a.chunk()))
          .collect(Collectors.toList());
      assertEquals(List.of("par:par la Russie", "à:à l'Égypte", "de:d'une vingtaine de Su-35"), complements, s.toString());
      Argument goods = s.complementsOf(livraison).get(2);
      assertEquals(OptionalInt.of(20), s.nominal(goods.chunk()).quantity());
    }

    @Test
    void quantities_inWordsAndDigits() {
      assertEquals(OptionalInt.of(92), quantityOf("Caracas achète quatre-vingt-douze chars T-72.", "quatre-vingt-douze chars T-72"));
      assertEquals(OptionalInt.of(6), quantityOf("Rabat reçoit une demi-douzaine de drones.", "une demi-douzaine de drones"));
      assertEquals(OptionalInt.of(100_000), quantityOf("Il a commandé 100.000 fusils AK-103.", "100.000 fusils AK-103"));
      assertEquals(OptionalInt.of(18), quantityOf("Hanoï acquiert dix-huit Su-30.", "dix-huit Su-30"));
      assertEquals(OptionalInt.of(1), quantityOf("Bamako a reçu un hélicoptère Mi-35.", "un hélicoptère Mi-35"));
      assertEquals(OptionalInt.of(200), quantityOf("La Pologne commande deux cents chars.", "deux cents chars"));
    }

    private OptionalInt quantityOf(String text, String phrase) {
      SentenceStructure s = first(text);
      return s.nominal(chunkOf(s, phrase)).quantity();
    }
  }

  private static int chunkOf(SentenceStructure s, String phrase) {
    for (int k = 0; k < s.chunks().size(); k++) {
      if (s.chunk(k) instanceof Nominal && text(s, k).equals(phrase)) {
        return k;
      }
    }
    throw new AssertionError("no noun phrase \"" + phrase + "\" in\n" + s);
  }
}
