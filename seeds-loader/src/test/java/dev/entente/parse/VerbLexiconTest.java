package dev.entente.parse;

import static dev.entente.parse.VerbForm.Tense.CONDITIONAL;
import static dev.entente.parse.VerbForm.Tense.FUTURE;
import static dev.entente.parse.VerbForm.Tense.IMPERATIVE;
import static dev.entente.parse.VerbForm.Tense.IMPERFECT;
import static dev.entente.parse.VerbForm.Tense.INFINITIVE;
import static dev.entente.parse.VerbForm.Tense.PAST_PARTICIPLE;
import static dev.entente.parse.VerbForm.Tense.PRESENT;
import static dev.entente.parse.VerbForm.Tense.PRESENT_PARTICIPLE;
import static dev.entente.parse.VerbForm.Tense.SIMPLE_PAST;
import static dev.entente.parse.VerbForm.Tense.SUBJUNCTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.entente.parse.VerbForm.Tense;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-checked forms of {@link VerbLexicon}, class by class and model by model, and its resources. */
final class VerbLexiconTest {

  private static final VerbLexicon VERBS = VerbLexicon.bundled();

  // ---- analyses, written the way a grammar lists them ----

  private static VerbForm inf(String lemma) {
    return new VerbForm(lemma, INFINITIVE, 0, false);
  }

  /** A finite form in the singular. */
  private static VerbForm sg(String lemma, Tense tense, int person) {
    return new VerbForm(lemma, tense, person, false);
  }

  /** A finite form in the plural. */
  private static VerbForm pl(String lemma, Tense tense, int person) {
    return new VerbForm(lemma, tense, person, true);
  }

  private static VerbForm ppSg(String lemma) {
    return new VerbForm(lemma, PAST_PARTICIPLE, 0, false);
  }

  private static VerbForm ppPl(String lemma) {
    return new VerbForm(lemma, PAST_PARTICIPLE, 0, true);
  }

  private static VerbForm ppr(String lemma) {
    return new VerbForm(lemma, PRESENT_PARTICIPLE, 0, false);
  }

  /** The 1s and 3s of the present and subjunctive and the 2s imperative: "livre", "paie", "ouvre". */
  private static List<VerbForm> muteE(String lemma) {
    return List.of(sg(lemma, PRESENT, 1), sg(lemma, PRESENT, 3), sg(lemma, SUBJUNCTIVE, 1), sg(lemma, SUBJUNCTIVE, 3),
        sg(lemma, IMPERATIVE, 2));
  }

  /** Asserts that {@code word} has exactly the analyses {@code expected}, each once, in any order. */
  private static void assertAnalyses(String word, VerbForm... expected) {
    assertAnalyses(word, List.of(expected));
  }

  private static void assertAnalyses(String word, List<VerbForm> expected) {
    ImmutableList<VerbForm> actual = VERBS.analyses(FrenchText.fold(word));
    assertEquals(sorted(expected), sorted(actual), word);
    assertEquals(new HashSet<>(actual).size(), actual.size(), word + ": an analysis listed twice");
  }

  private static List<VerbForm> plus(List<VerbForm> some, VerbForm... more) {
    List<VerbForm> all = new ArrayList<>(some);
    all.addAll(List.of(more));
    return all;
  }

  private static List<String> sorted(List<VerbForm> forms) {
    return forms.stream().map(VerbForm::toString).sorted().collect(Collectors.toList());
  }

  @Nested
  final class FirstGroup {

    @Test
    void acheter() {
      assertAnalyses("acheterait", sg("acheter", CONDITIONAL, 3));
      // "achetes" is also "achetés", "achète" also "acheté": folding merges them, so both analyses are listed
      assertAnalyses("achetes", sg("acheter", PRESENT, 2), sg("acheter", SUBJUNCTIVE, 2), ppPl("acheter"));
      assertAnalyses("achète", plus(muteE("acheter"), ppSg("acheter")));
      assertAnalyses("achete", plus(muteE("acheter"), ppSg("acheter")));
      assertAnalyses("achetons", pl("acheter", PRESENT, 1), pl("acheter", IMPERATIVE, 1));
      assertAnalyses("achetions", pl("acheter", IMPERFECT, 1), pl("acheter", SUBJUNCTIVE, 1));
      assertAnalyses("achetèrent", pl("acheter", SIMPLE_PAST, 3));
      assertAnalyses("achetées", ppPl("acheter"));
      assertAnalyses("achetant", ppr("acheter"));
      assertAnalyses("acheter", inf("acheter"));
    }

    @Test
    void livrer() {
      assertAnalyses("livres", sg("livrer", PRESENT, 2), sg("livrer", SUBJUNCTIVE, 2), ppPl("livrer"));
      assertAnalyses("livre", plus(muteE("livrer"), ppSg("livrer")));
      assertAnalyses("livré", plus(muteE("livrer"), ppSg("livrer")));
      assertAnalyses("livrée", ppSg("livrer"));
      assertAnalyses("livrera", sg("livrer", FUTURE, 3));
      assertAnalyses("livreraient", pl("livrer", CONDITIONAL, 3));
      assertAnalyses("livrait", sg("livrer", IMPERFECT, 3));
      assertAnalyses("livra", sg("livrer", SIMPLE_PAST, 3));
      assertAnalyses("livrâmes", pl("livrer", SIMPLE_PAST, 1));
      assertAnalyses("livrent", pl("livrer", PRESENT, 3), pl("livrer", SUBJUNCTIVE, 3));
      assertAnalyses("livrez", pl("livrer", PRESENT, 2), pl("livrer", IMPERATIVE, 2));
    }

    @Test
    void cerKeepsItsStemUnderFolding() {
      assertAnalyses("lançait", sg("lancer", IMPERFECT, 3));
      assertAnalyses("lancait", sg("lancer", IMPERFECT, 3));
      assertAnalyses("lançons", pl("lancer", PRESENT, 1), pl("lancer", IMPERATIVE, 1));
      assertAnalyses("lança", sg("lancer", SIMPLE_PAST, 3));
      assertAnalyses("lancent", pl("lancer", PRESENT, 3), pl("lancer", SUBJUNCTIVE, 3));
      assertAnalyses("annoncé", plus(muteE("annoncer"), ppSg("annoncer")));
      assertAnalyses("menaçant", ppr("menacer"));
    }

    @Test
    void gerKeepsItsEBeforeAAndO() {
      assertAnalyses("mangeons", pl("manger", PRESENT, 1), pl("manger", IMPERATIVE, 1));
      assertAnalyses("mangeait", sg("manger", IMPERFECT, 3));
      assertAnalyses("mangea", sg("manger", SIMPLE_PAST, 3));
      assertAnalyses("mangeant", ppr("manger"));
      assertAnalyses("mangèrent", pl("manger", SIMPLE_PAST, 3));
      assertAnalyses("mangions", pl("manger", IMPERFECT, 1), pl("manger", SUBJUNCTIVE, 1));
      assertAnalyses("mangons");
      assertAnalyses("mangait");
      assertAnalyses("envisageait", sg("envisager", IMPERFECT, 3));
      assertAnalyses("protégeons", pl("protéger", PRESENT, 1), pl("protéger", IMPERATIVE, 1));
    }

    @Test
    void ayerHasBothStems() {
      assertAnalyses("paie", muteE("payer"));
      assertAnalyses("paye", plus(muteE("payer"), ppSg("payer")));
      assertAnalyses("paiera", sg("payer", FUTURE, 3));
      assertAnalyses("payera", sg("payer", FUTURE, 3));
      assertAnalyses("payons", pl("payer", PRESENT, 1), pl("payer", IMPERATIVE, 1));
      assertAnalyses("payé", plus(muteE("payer"), ppSg("payer")));
    }

    @Test
    void oyerAndUyerTakeIBeforeAMuteE() {
      assertAnalyses("déploie", muteE("déployer"));
      assertAnalyses("déploient", pl("déployer", PRESENT, 3), pl("déployer", SUBJUNCTIVE, 3));
      assertAnalyses("déploiera", sg("déployer", FUTURE, 3));
      assertAnalyses("déployons", pl("déployer", PRESENT, 1), pl("déployer", IMPERATIVE, 1));
      assertAnalyses("déployé", ppSg("déployer"));
      assertAnalyses("déployera");
      assertAnalyses("emploie", muteE("employer"));
      assertAnalyses("employé", ppSg("employer"));
      assertAnalyses("appuient", pl("appuyer", PRESENT, 3), pl("appuyer", SUBJUNCTIVE, 3));
    }

    @Test
    void accentAlternationsVanishUnderFolding() {
      assertAnalyses("cède", plus(muteE("céder"), ppSg("céder")));
      assertAnalyses("céderont", pl("céder", FUTURE, 3));
      assertAnalyses("cédé", plus(muteE("céder"), ppSg("céder")));
      assertAnalyses("mène", plus(muteE("mener"), ppSg("mener")));
      assertAnalyses("achèvera", sg("achever", FUTURE, 3));
      assertAnalyses("transfèrent", pl("transférer", PRESENT, 3), pl("transférer", SUBJUNCTIVE, 3));
    }

    @Test
    void homographsOfNounsAreListed() {
      assertAnalyses("président", pl("présider", PRESENT, 3), pl("présider", SUBJUNCTIVE, 3));
      assertAnalyses("commande", plus(muteE("commander"), ppSg("commander")));
      assertAnalyses("réceptionnés", sg("réceptionner", PRESENT, 2), sg("réceptionner", SUBJUNCTIVE, 2),
          ppPl("réceptionner"));
      assertAnalyses("signé", plus(muteE("signer"), ppSg("signer")));
    }

    @Test
    void doublingVerbsDoubleBeforeAMuteE() {
      assertAnalyses("appellera", sg("appeler", FUTURE, 3));
      assertAnalyses("appelle", muteE("appeler"));
      assertAnalyses("appellent", pl("appeler", PRESENT, 3), pl("appeler", SUBJUNCTIVE, 3));
      assertAnalyses("appelons", pl("appeler", PRESENT, 1), pl("appeler", IMPERATIVE, 1));
      assertAnalyses("appelé", ppSg("appeler"));
      assertAnalyses("appelait", sg("appeler", IMPERFECT, 3));
      assertAnalyses("appelera");
      assertAnalyses("jette", muteE("jeter"));
      assertAnalyses("jetterait", sg("jeter", CONDITIONAL, 3));
      assertAnalyses("rejettent", pl("rejeter", PRESENT, 3), pl("rejeter", SUBJUNCTIVE, 3));
      assertAnalyses("renouvellera", sg("renouveler", FUTURE, 3));
      assertAnalyses("rappelé", ppSg("rappeler"));
    }
  }

  @Nested
  final class SecondGroup {

    @Test
    void finir() {
      assertAnalyses("finissent", pl("finir", PRESENT, 3), pl("finir", SUBJUNCTIVE, 3));
      assertAnalyses("finit", sg("finir", PRESENT, 3), sg("finir", SIMPLE_PAST, 3));
      assertAnalyses("finis", sg("finir", PRESENT, 1), sg("finir", PRESENT, 2), sg("finir", SIMPLE_PAST, 1),
          sg("finir", SIMPLE_PAST, 2), sg("finir", IMPERATIVE, 2), ppPl("finir"));
      assertAnalyses("fini", ppSg("finir"));
      assertAnalyses("finissions", pl("finir", IMPERFECT, 1), pl("finir", SUBJUNCTIVE, 1));
      assertAnalyses("finiront", pl("finir", FUTURE, 3));
      assertAnalyses("finirent", pl("finir", SIMPLE_PAST, 3));
      assertAnalyses("finissant", ppr("finir"));
    }

    @Test
    void newsVerbs() {
      assertAnalyses("fournira", sg("fournir", FUTURE, 3));
      assertAnalyses("fournies", ppPl("fournir"));
      assertAnalyses("approfondissons", pl("approfondir", PRESENT, 1), pl("approfondir", IMPERATIVE, 1));
      assertAnalyses("investissait", sg("investir", IMPERFECT, 3));
      assertAnalyses("réunira", sg("réunir", FUTURE, 3));
    }
  }

  @Nested
  final class VendreType {

    @Test
    void vendre() {
      assertAnalyses("vendus", ppPl("vendre"));
      assertAnalyses("vendue", ppSg("vendre"));
      assertAnalyses("vend", sg("vendre", PRESENT, 3));
      assertAnalyses("vends", sg("vendre", PRESENT, 1), sg("vendre", PRESENT, 2), sg("vendre", IMPERATIVE, 2));
      assertAnalyses("vendit", sg("vendre", SIMPLE_PAST, 3));
      assertAnalyses("vendra", sg("vendre", FUTURE, 3));
      assertAnalyses("vendions", pl("vendre", IMPERFECT, 1), pl("vendre", SUBJUNCTIVE, 1));
      assertAnalyses("vende", sg("vendre", SUBJUNCTIVE, 1), sg("vendre", SUBJUNCTIVE, 3));
      assertAnalyses("vendant", ppr("vendre"));
    }

    @Test
    void otherVerbsInDre() {
      assertAnalyses("répondra", sg("répondre", FUTURE, 3));
      assertAnalyses("attendaient", pl("attendre", IMPERFECT, 3));
      assertAnalyses("rendu", ppSg("rendre"));
      assertAnalyses("suspendu", ppSg("suspendre"));
      assertAnalyses("défend", sg("défendre", PRESENT, 3));
    }
  }

  @Nested
  final class Models {

    @Test
    void etreAndAvoir() {
      assertAnalyses("fut", sg("être", SIMPLE_PAST, 3));
      assertAnalyses("est", sg("être", PRESENT, 3));
      assertAnalyses("sont", pl("être", PRESENT, 3));
      assertAnalyses("soient", pl("être", SUBJUNCTIVE, 3));
      assertAnalyses("sera", sg("être", FUTURE, 3));
      assertAnalyses("été", ppSg("être"));
      assertAnalyses("étant", ppr("être"));
      assertAnalyses("ont", pl("avoir", PRESENT, 3));
      assertAnalyses("a", sg("avoir", PRESENT, 3));
      assertAnalyses("aurait", sg("avoir", CONDITIONAL, 3));
      assertAnalyses("ait", sg("avoir", SUBJUNCTIVE, 3));
      assertAnalyses("eu", ppSg("avoir"));
      assertAnalyses("ayant", ppr("avoir"));
    }

    @Test
    void modals() {
      assertAnalyses("devrait", sg("devoir", CONDITIONAL, 3));
      assertAnalyses("doivent", pl("devoir", PRESENT, 3), pl("devoir", SUBJUNCTIVE, 3));
      assertAnalyses("dû", ppSg("devoir"));
      assertAnalyses("peut", sg("pouvoir", PRESENT, 3));
      assertAnalyses("puisse", sg("pouvoir", SUBJUNCTIVE, 1), sg("pouvoir", SUBJUNCTIVE, 3));
      assertAnalyses("pourraient", pl("pouvoir", CONDITIONAL, 3));
      assertAnalyses("voudrait", sg("vouloir", CONDITIONAL, 3));
      assertAnalyses("veulent", pl("vouloir", PRESENT, 3));
      assertAnalyses("faut", sg("falloir", PRESENT, 3));
      assertAnalyses("faudrait", sg("falloir", CONDITIONAL, 3));
      assertAnalyses("sait", sg("savoir", PRESENT, 3));
    }

    @Test
    void oneFormOfManyLemmas() {
      assertAnalyses("suis", sg("être", PRESENT, 1), sg("suivre", PRESENT, 1), sg("suivre", PRESENT, 2),
          sg("suivre", IMPERATIVE, 2));
      assertAnalyses("vit", sg("vivre", PRESENT, 3), sg("voir", SIMPLE_PAST, 3));
      assertAnalyses("cru", ppSg("croire"), ppSg("croître"));
      assertAnalyses("plu", ppSg("plaire"), ppSg("pleuvoir"));
    }

    @Test
    void acquerir() {
      assertAnalyses("acquis", sg("acquérir", SIMPLE_PAST, 1), sg("acquérir", SIMPLE_PAST, 2), ppSg("acquérir"),
          ppPl("acquérir"));
      assertAnalyses("acquiers", sg("acquérir", PRESENT, 1), sg("acquérir", PRESENT, 2), sg("acquérir", IMPERATIVE, 2));
      assertAnalyses("acquiert", sg("acquérir", PRESENT, 3));
      assertAnalyses("acquerra", sg("acquérir", FUTURE, 3));
      assertAnalyses("acquièrent", pl("acquérir", PRESENT, 3), pl("acquérir", SUBJUNCTIVE, 3));
      assertAnalyses("acquise", ppSg("acquérir"));
      assertAnalyses("conquis", sg("conquérir", SIMPLE_PAST, 1), sg("conquérir", SIMPLE_PAST, 2), ppSg("conquérir"),
          ppPl("conquérir"));
    }

    @Test
    void envoyer() {
      assertAnalyses("envoie", muteE("envoyer"));
      assertAnalyses("envoient", pl("envoyer", PRESENT, 3), pl("envoyer", SUBJUNCTIVE, 3));
      assertAnalyses("enverra", sg("envoyer", FUTURE, 3));
      assertAnalyses("envoyé", ppSg("envoyer"));
      assertAnalyses("envoyons", pl("envoyer", PRESENT, 1), pl("envoyer", IMPERATIVE, 1));
      assertAnalyses("envoiera");
    }

    @Test
    void irregularModels() {
      assertAnalyses("fait", sg("faire", PRESENT, 3), ppSg("faire"));
      assertAnalyses("font", pl("faire", PRESENT, 3));
      assertAnalyses("dit", sg("dire", PRESENT, 3), sg("dire", SIMPLE_PAST, 3), ppSg("dire"));
      assertAnalyses("va", sg("aller", PRESENT, 3), sg("aller", IMPERATIVE, 2));
      assertAnalyses("ira", sg("aller", FUTURE, 3));
      assertAnalyses("aille", sg("aller", SUBJUNCTIVE, 1), sg("aller", SUBJUNCTIVE, 3));
      assertAnalyses("vaut", sg("valoir", PRESENT, 3));
      assertAnalyses("verra", sg("voir", FUTURE, 3));
      assertAnalyses("prévoira", sg("prévoir", FUTURE, 3));
      assertAnalyses("prévu", ppSg("prévoir"));
      assertAnalyses("vient", sg("venir", PRESENT, 3));
      assertAnalyses("vinrent", pl("venir", SIMPLE_PAST, 3));
      assertAnalyses("tiendra", sg("tenir", FUTURE, 3));
      assertAnalyses("prirent", pl("prendre", SIMPLE_PAST, 3));
      assertAnalyses("prennent", pl("prendre", PRESENT, 3), pl("prendre", SUBJUNCTIVE, 3));
      assertAnalyses("met", sg("mettre", PRESENT, 3));
      assertAnalyses("reçu", ppSg("recevoir"));
      assertAnalyses("reçoit", sg("recevoir", PRESENT, 3));
      assertAnalyses("conclu", ppSg("conclure"));
      assertAnalyses("conclut", sg("conclure", PRESENT, 3), sg("conclure", SIMPLE_PAST, 3));
      assertAnalyses("exclu", ppSg("exclure"));
      assertAnalyses("incluse", ppSg("inclure"));
      assertAnalyses("conduit", sg("conduire", PRESENT, 3), ppSg("conduire"));
      assertAnalyses("construisent", pl("construire", PRESENT, 3), pl("construire", SUBJUNCTIVE, 3));
      assertAnalyses("détruits", ppPl("détruire"));
      assertAnalyses("joignent", pl("joindre", PRESENT, 3), pl("joindre", SUBJUNCTIVE, 3));
      assertAnalyses("craint", sg("craindre", PRESENT, 3), ppSg("craindre"));
      assertAnalyses("peinte", ppSg("peindre"));
      assertAnalyses("atteindra", sg("atteindre", FUTURE, 3));
      assertAnalyses("connaît", sg("connaître", PRESENT, 3));
      assertAnalyses("paraît", sg("paraître", PRESENT, 3), sg("parer", IMPERFECT, 3));   // parait folds alike
      assertAnalyses("naquit", sg("naître", SIMPLE_PAST, 3));
      assertAnalyses("offert", ppSg("offrir"));
      assertAnalyses("ouvre", muteE("ouvrir"));
      assertAnalyses("couverts", ppPl("couvrir"));
      assertAnalyses("partira", sg("partir", FUTURE, 3));
      assertAnalyses("sortent", pl("sortir", PRESENT, 3), pl("sortir", SUBJUNCTIVE, 3));
      assertAnalyses("sert", sg("servir", PRESENT, 3));
      assertAnalyses("dort", sg("dormir", PRESENT, 3));
      assertAnalyses("suivi", ppSg("suivre"));
      assertAnalyses("vécu", ppSg("vivre"));
      assertAnalyses("écrit", sg("écrire", PRESENT, 3), ppSg("écrire"));
      assertAnalyses("lu", ppSg("lire"));
      assertAnalyses("élu", ppSg("élire"));
      assertAnalyses("croient", pl("croire", PRESENT, 3), pl("croire", SUBJUNCTIVE, 3));
      assertAnalyses("bat", sg("battre", PRESENT, 3));
      assertAnalyses("rompt", sg("rompre", PRESENT, 3));
      assertAnalyses("vainc", sg("vaincre", PRESENT, 3));
      assertAnalyses("résolu", ppSg("résoudre"));
      assertAnalyses("dissoute", ppSg("dissoudre"));
      assertAnalyses("meurt", sg("mourir", PRESENT, 3));
      assertAnalyses("morts", ppPl("mourir"));
      assertAnalyses("courra", sg("courir", FUTURE, 3));
      assertAnalyses("assis", sg("asseoir", SIMPLE_PAST, 1), sg("asseoir", SIMPLE_PAST, 2), ppSg("asseoir"),
          ppPl("asseoir"));
      assertAnalyses("boivent", pl("boire", PRESENT, 3), pl("boire", SUBJUNCTIVE, 3));
      assertAnalyses("tait", sg("taire", PRESENT, 3));
      assertAnalyses("fuient", pl("fuir", PRESENT, 3), pl("fuir", SUBJUNCTIVE, 3));
      assertAnalyses("cueillera", sg("cueillir", FUTURE, 3));
      assertAnalyses("accru", ppSg("accroître"));
      assertAnalyses("déchu", ppSg("déchoir"));
      assertAnalyses("clôt", sg("clore", PRESENT, 3));
      assertAnalyses("extrait", sg("extraire", PRESENT, 3), ppSg("extraire"));
      assertAnalyses("suffit", sg("suffire", PRESENT, 3), sg("suffire", SIMPLE_PAST, 3));
      assertAnalyses("nui", ppSg("nuire"));
    }

    @Test
    void missingFormsAreNotForms() {
      assertAnalyses("fallons");   // falloir has the third person singular only
      assertAnalyses("pue", sg("puer", PRESENT, 1), sg("puer", PRESENT, 3), sg("puer", SUBJUNCTIVE, 1),
          sg("puer", SUBJUNCTIVE, 3), sg("puer", IMPERATIVE, 2), ppSg("puer"));   // no feminine of pu
      assertAnalyses("extrayèrent");   // extraire has no simple past
    }
  }

  @Nested
  final class DerivedFromModels {

    @Test
    void prefixedVerbs() {
      assertAnalyses("obtient", sg("obtenir", PRESENT, 3));
      assertAnalyses("obtenu", ppSg("obtenir"));
      assertAnalyses("permis", sg("permettre", SIMPLE_PAST, 1), sg("permettre", SIMPLE_PAST, 2), ppSg("permettre"),
          ppPl("permettre"));
      assertAnalyses("produit", sg("produire", PRESENT, 3), ppSg("produire"));
      assertAnalyses("comprend", sg("comprendre", PRESENT, 3));
      assertAnalyses("reconnaît", sg("reconnaître", PRESENT, 3));
      assertAnalyses("convaincu", ppSg("convaincre"));
      assertAnalyses("parcouru", ppSg("parcourir"));
      assertAnalyses("aperçu", ppSg("apercevoir"));
      assertAnalyses("devenue", ppSg("devenir"));
      assertAnalyses("maintiendra", sg("maintenir", FUTURE, 3));
      assertAnalyses("soumis", sg("soumettre", SIMPLE_PAST, 1), sg("soumettre", SIMPLE_PAST, 2), ppSg("soumettre"),
          ppPl("soumettre"));
      assertAnalyses("découvert", ppSg("découvrir"));
      assertAnalyses("rejoint", sg("rejoindre", PRESENT, 3), ppSg("rejoindre"));
      assertAnalyses("détiennent", pl("détenir", PRESENT, 3), pl("détenir", SUBJUNCTIVE, 3));
      assertAnalyses("renvoie", muteE("renvoyer"));
      assertAnalyses("promu", ppSg("promouvoir"));
      assertAnalyses("satisfait", sg("satisfaire", PRESENT, 3), ppSg("satisfaire"));
      assertAnalyses("abattu", ppSg("abattre"));
      assertAnalyses("contraint", sg("contraindre", PRESENT, 3), ppSg("contraindre"));
      assertAnalyses("inscrit", sg("inscrire", PRESENT, 3), ppSg("inscrire"));
      assertAnalyses("absous", sg("absoudre", PRESENT, 1), sg("absoudre", PRESENT, 2), sg("absoudre", IMPERATIVE, 2),
          ppSg("absoudre"), ppPl("absoudre"));
    }

    @Test
    void modelWithADifferentPrefix() {
      // souffrir like offrir: the o of offrir becomes the sou of souffrir
      assertAnalyses("souffert", ppSg("souffrir"));
      // apercevoir like recevoir: re becomes aper
      assertAnalyses("aperçoivent", pl("apercevoir", PRESENT, 3), pl("apercevoir", SUBJUNCTIVE, 3));
      // mentir like sentir
      assertAnalyses("dément", sg("démentir", PRESENT, 3));
      // prédire like interdire: vous prédisez, not prédites
      assertAnalyses("prédisez", pl("prédire", PRESENT, 2), pl("prédire", IMPERATIVE, 2));
      assertAnalyses("prédites", ppPl("prédire"), pl("prédire", SIMPLE_PAST, 2));   // and prédîtes
    }

    @Test
    void twoVerbsThatFoldAlike() {
      assertAnalyses("répartissent", pl("répartir", PRESENT, 3), pl("répartir", SUBJUNCTIVE, 3));
      assertAnalyses("repartent", pl("repartir", PRESENT, 3), pl("repartir", SUBJUNCTIVE, 3));
      assertEquals(false, VERBS.takesEtre("répartir"));
      assertEquals(true, VERBS.takesEtre("repartir"));
    }
  }

  @Nested
  final class NotVerbForms {

    @Test
    void nounsAndFunctionWords() {
      for (String word : List.of("accord", "livraison", "s", "l", "d", "qu", "contrat", "ministre", "russie", "de", "la",
          "le", "les", "des", "un", "une", "et", "ou", "que", "qui", "avec", "dans", "pour", "selon", "")) {
        assertEquals(List.of(), VERBS.analyses(word), word);
        assertEquals(false, VERBS.isVerbForm(word), word);
      }
    }

    @Test
    void verbFormsAreVerbForms() {
      for (String word : List.of("livre", "acheterait", "acquis", "ont", "fut", "vendus", "achète")) {
        assertEquals(true, VERBS.isVerbForm(word), word);
      }
    }
  }

  @Nested
  final class Auxiliary {

    @Test
    void etreVerbs() {
      for (String lemma : List.of("aller", "venir", "devenir", "revenir", "parvenir", "intervenir", "survenir",
          "provenir", "arriver", "partir", "entrer", "rentrer", "rester", "tomber", "naître", "mourir", "décéder",
          "retourner", "sortir", "monter", "descendre", "apparaître", "naitre", "decéder")) {
        assertEquals(true, VERBS.takesEtre(lemma), lemma);
      }
    }

    @Test
    void avoirVerbs() {
      for (String lemma : List.of("avoir", "être", "livrer", "obtenir", "maintenir", "prévenir", "tenir", "acquérir",
          "vendre", "finir", "unknownverb")) {
        assertEquals(false, VERBS.takesEtre(lemma), lemma);
      }
    }

    @Test
    void knownLemmas() {
      assertEquals(true, VERBS.isKnownLemma("acquérir"));
      assertEquals(true, VERBS.isKnownLemma("acquerir"));
      assertEquals(true, VERBS.isKnownLemma("doter"));
      assertEquals(false, VERBS.isKnownLemma("se doter"));
      assertEquals(false, VERBS.isKnownLemma("accord"));
    }
  }

  @Nested
  final class Resources {

    @Test
    void everyVerbLineLoadsWithItsInfinitive() {
      List<String> broken = new ArrayList<>();
      for (LexiconLine line : LexiconLine.read(VerbLexicon.VERBS)) {
        String lemma = line.fields(2)[0];
        if (!VERBS.analyses(FrenchText.fold(lemma)).contains(inf(lemma))) {
          broken.add(line.number() + ": " + lemma);
        }
      }
      assertEquals(List.of(), broken);
    }

    @Test
    void everyFormOfEveryModelLoadsWithItsAnalysis() {
      List<String> broken = new ArrayList<>();
      int forms = 0;
      for (LexiconLine line : LexiconLine.read(VerbLexicon.IRREGULAR)) {
        String[] f = line.fields(3);
        Tense tense = Tense.valueOf(f[1]);
        String[] cells = f[2].split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          for (String variant : cells[c].split("/")) {
            if (variant.strip().equals("-")) {
              continue;
            }
            forms++;
            if (!VERBS.analyses(FrenchText.fold(variant.strip())).contains(Paradigm.analysis(f[0], tense, c))) {
              broken.add(line.number() + ": " + variant);
            }
          }
        }
      }
      assertEquals(List.of(), broken);
      assertTrue(forms > 3000, "forms read from the models: " + forms);
    }

    @Test
    void holdsTheNewsVerbs() {
      List<String> news = List.of("livrer", "fournir", "vendre", "céder", "exporter", "importer", "transférer",
          "acheter", "acquérir", "commander", "réceptionner", "recevoir", "obtenir", "équiper", "doter", "moderniser",
          "produire", "fabriquer", "assembler", "signer", "conclure", "parapher", "ratifier", "négocier", "discuter",
          "envisager", "souhaiter", "annoncer", "déclarer", "affirmer", "indiquer", "préciser", "souligner", "estimer",
          "juger", "qualifier", "démentir", "dénoncer", "condamner", "mener", "organiser", "lancer", "débuter",
          "entamer", "achever", "clôturer", "participer", "déployer", "dépêcher", "menacer", "sanctionner", "renforcer",
          "approfondir", "coopérer", "intercepter", "abattre", "promouvoir", "entériner", "cosigner", "réarmer");
      assertEquals(List.of(), news.stream().filter(l -> !VERBS.lemmas().contains(l)).collect(Collectors.toList()));
    }

    @Test
    void holdsAtLeast1800RegularOrDerivedVerbs() {
      int verbs = LexiconLine.read(VerbLexicon.VERBS).size();
      assertTrue(verbs >= 1800, "verbs in verbs.tsv: " + verbs);
      assertEquals(verbs + LexiconLine.read(VerbLexicon.IRREGULAR).stream().filter(l -> l.text().contains("\tINFINITIVE\t"))
          .count(), VERBS.lemmas().size());
    }

    /** The verbs whose lemmas fold alike are distinct verbs, chosen, not accidents of a typo. */
    @Test
    void lemmasThatFoldAlikeAreKnownPairs() {
      Map<String, Set<String>> byFolded = new TreeMap<>();
      for (String lemma : VERBS.lemmas()) {
        byFolded.computeIfAbsent(FrenchText.fold(lemma), k -> new TreeSet<>()).add(lemma);
      }
      byFolded.values().removeIf(s -> s.size() == 1);
      assertEquals(Map.of("pecher", Set.of("pécher", "pêcher"), "reformer", Set.of("reformer", "réformer"),
          "repartir", Set.of("repartir", "répartir"), "roder", Set.of("roder", "rôder"),
          "tacher", Set.of("tacher", "tâcher")), byFolded);
    }

    @Test
    void analysesAreDeterministic() {
      VerbLexicon again = VerbLexicon.bundled();
      assertEquals(VERBS.forms(), again.forms());
      for (String word : List.of("suis", "vit", "livres", "acquis", "finis")) {
        assertEquals(VERBS.analyses(word), again.analyses(word), word);
      }
      // a form's analyses come in resource order: the models first, then verbs.tsv
      assertEquals(sg("être", PRESENT, 1), VERBS.analyses("suis").get(0));
    }
  }

  @Nested
  final class BrokenResources {

    private final List<LexiconLine> endings = LexiconLine.read(VerbLexicon.ENDINGS);
    private final List<LexiconLine> models = LexiconLine.read(VerbLexicon.IRREGULAR);

    private LexiconLine verb(int number, String text) {
      return new LexiconLine("test/verbs.tsv", number, text);
    }

    private LexiconLine model(int number, String text) {
      return new LexiconLine("test/irregular.tsv", number, text);
    }

    private String failure(List<LexiconLine> irregular, LexiconLine... verbs) {
      return assertThrows(LexiconException.class, () -> VerbLexicon.of(endings, irregular, Arrays.asList(verbs)))
          .getMessage();
    }

    private void assertNames(String message, String... parts) {
      for (String part : parts) {
        assertTrue(message.contains(part), "\"" + part + "\" not in: " + message);
      }
    }

    @Test
    void aLemmaListedTwiceFailsNamingBothLines() {
      String message = failure(models, verb(3, "appeler\tER"), verb(9, "appeler\tER_DOUBLE"));
      assertNames(message, "test/verbs.tsv, line 9", "appeler", "line 3");
    }

    @Test
    void aRegularLineForAModelFails() {
      String message = failure(models, verb(4, "tenir\tIR"));
      assertNames(message, "test/verbs.tsv, line 4", "tenir", VerbLexicon.IRREGULAR);
    }

    @Test
    void anUnknownClassFails() {
      assertNames(failure(models, verb(2, "livrer\tXX")), "test/verbs.tsv, line 2", "unknown class XX");
    }

    @Test
    void anUnknownModelFails() {
      assertNames(failure(models, verb(5, "obtenir\tLIKE blorp")), "line 5", "unknown model blorp");
    }

    @Test
    void aLemmaThatDoesNotFitItsClassFails() {
      assertNames(failure(models, verb(6, "finir\tER")), "line 6", "class ER ends in er");
      assertNames(failure(models, verb(7, "livrer\tER_DOUBLE")), "line 7", "eler or eter");
    }

    @Test
    void aPronominalLemmaFails() {
      assertNames(failure(models, verb(8, "se doter\tER")), "line 8", "without \"se\"");
    }

    @Test
    void aModelWhosePrefixCannotBeReplacedFails() {
      // paître and être share "tre"; "suis" does not start with être's prefix "e"
      assertNames(failure(models, verb(10, "paître\tLIKE être")), "line 10", "suis");
    }

    @Test
    void aModelWithTheWrongCellCountFails() {
      List<LexiconLine> irregular = new ArrayList<>(models);
      irregular.add(model(900, "blorpir\tPRESENT\tblorps,blorps,blorpt"));
      assertNames(failure(irregular), "test/irregular.tsv, line 900", "PRESENT has 6");
    }

    @Test
    void aModelLackingATenseFails() {
      List<LexiconLine> irregular = new ArrayList<>(models);
      irregular.add(model(901, "blorpir\tINFINITIVE\tblorpir"));
      assertNames(failure(irregular), "test/irregular.tsv, line 901", "blorpir lacks the tenses");
    }

    @Test
    void aModelTenseGivenTwiceFails() {
      List<LexiconLine> irregular = new ArrayList<>(models);
      irregular.add(model(902, "être\tPRESENT_PARTICIPLE\tétant"));
      assertNames(failure(irregular), "test/irregular.tsv, line 902", "PRESENT_PARTICIPLE of être already given");
    }

    @Test
    void aMalformedFormFails() {
      List<LexiconLine> irregular = new ArrayList<>(models);
      irregular.add(model(903, "blorpir\tPRESENT_PARTICIPLE\tblorp ant"));
      assertNames(failure(irregular), "test/irregular.tsv, line 903", "malformed cell");
    }

    @Test
    void aGoodExtraLineLoads() {
      VerbLexicon small = VerbLexicon.of(endings, models, List.of(verb(1, "blorper\tER\tETRE")));
      assertEquals(List.of(sg("blorper", FUTURE, 3)), small.analyses("blorpera"));
      assertEquals(true, small.takesEtre("blorper"));
    }
  }

  @Nested
  final class Forms {

    @Test
    void finiteFormsHaveAPerson() {
      assertThrows(IllegalArgumentException.class, () -> new VerbForm("livrer", PRESENT, 0, false));
      assertThrows(IllegalArgumentException.class, () -> new VerbForm("livrer", IMPERATIVE, 4, false));
    }

    @Test
    void nonFiniteFormsHaveNone() {
      assertThrows(IllegalArgumentException.class, () -> new VerbForm("livrer", INFINITIVE, 3, false));
      assertThrows(IllegalArgumentException.class, () -> new VerbForm("livrer", PRESENT_PARTICIPLE, 0, true));
      assertEquals(true, new VerbForm("livrer", PAST_PARTICIPLE, 0, true).plural());
    }

    @Test
    void kinds() {
      assertEquals(List.of(false, true, true, true, true, true, true, true, false, false),
          Arrays.stream(Tense.values()).map(Tense::isFinite).collect(Collectors.toList()));
      assertEquals(true, ppSg("livrer").isParticiple());
      assertEquals(true, ppr("livrer").isParticiple());
      assertEquals(false, inf("livrer").isParticiple());
      assertEquals(false, inf("livrer").isFinite());
      assertEquals(true, sg("livrer", IMPERATIVE, 2).isFinite());
    }
  }
}
