package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.Evidence;
import dev.entente.model.JointExercise;
import dev.entente.model.PartialDate;
import dev.entente.parse.DateFinder.DateMention;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.RuleWords.Strength;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads joint exercises: a word that names one ("manœuvres conjointes", "exercices militaires";
 * a bare "exercice" only with a name or a qualifier), its participants (the states of the sentence,
 * the members of an organization named there, or the article's main pair for "les deux pays"), its
 * name (quoted, "baptisée X", or a known exercise name with its year), its location, its dates.
 * Mentions of one exercise are merged: an unnamed mention joins the exercise whose participants it
 * shares, or the last one when it names none.
 */
final class ExerciseRule {

  static final String NAME = "ExerciseRule";
  private static final com.google.common.collect.ImmutableSet<String> SEA_NAME_END =
      com.google.common.collect.ImmutableSet.of(",", ".", ";", "et", "a", "le", "la", "les", "pour", "avec", "dans", "en",
          "au", "aux", "sur", "par", "entre", "(", "»");
  /** How many of the latest clusters a sentence may join. */
  private static final int LOOKBACK = 64;

  private static final class Cluster {
    String name;
    final Set<Country> participants = new LinkedHashSet<>();
    final Set<Domain> domains = EnumSet.of(Domain.MILITARY);
    String location;
    PartialDate start;
    PartialDate end;
    final List<Evidence> evidence = new ArrayList<>();
  }

  ImmutableList<JointExercise> apply(ArticleContext context) {
    List<Cluster> clusters = new ArrayList<>();
    for (Sentence sentence : context.sentences) {
      read(context, sentence, clusters);
    }
    List<JointExercise> out = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.participants.size() < 2) {
        continue;
      }
      PartialDate end = c.end != null && c.start != null && c.end.lastDay().isBefore(c.start.firstDay()) ? null : c.end;
      out.add(
          JointExercise.builder()
              .name(c.name)
              .participants(c.participants)
              .domains(c.domains)
              .location(c.location)
              .start(c.start)
              .end(end)
              .evidence(c.evidence)
              .build());
    }
    return ImmutableList.copyOf(out);
  }

  private void read(ArticleContext context, Sentence sentence, List<Cluster> clusters) {
    List<Token> t = sentence.tokens();
    int s = sentence.index();
    int at = -1;
    int end = -1;
    for (PhraseTable.Match<Strength> m : context.matches(context.words.exerciseWords, s)) {
      Strength strength = m.values().get(0);
      if (strength == Strength.STRONG || strength == Strength.WEAK && name(context, sentence, m.to()).isPresent()) {
        at = m.from();
        end = m.to();
        break;
      }
    }
    if (at < 0) {
      return;
    }
    Optional<String> name = name(context, sentence, end);
    Set<Country> participants = new LinkedHashSet<>(context.actingStatesIn(s, 0, t.size()));
    // "Sur fond de tensions entre Moscou et Washington, la manœuvre ...": a backdrop, not participants
    for (int i = 0; i < at; i++) {
      if (t.get(i).is("tensions") || t.get(i).is("fond") || t.get(i).is("conflit") || t.get(i).is("rivalite")) {
        int clauseEnd = i;
        while (clauseEnd < at && !t.get(clauseEnd).is(",")) {
          clauseEnd++;
        }
        if (clauseEnd < at) {
          Set<Country> backdrop = new LinkedHashSet<>(context.statesIn(s, i, clauseEnd));
          backdrop.removeAll(context.statesIn(s, clauseEnd, t.size()));
          participants.removeAll(backdrop);
        }
      }
    }
    if (context.isNegated(s, at)) {
      // "l'Égypte ne participera pas aux manœuvres russo-chinoises": only the exercise's own states
      participants.clear();
      for (Mention m : context.mentions.get(s)) {
        if (m instanceof Mention.StateMention sm && sm.form() == StateForm.PREFIX && m.from() >= end && m.from() <= end + 3) {
          participants.addAll(sm.countries());
        }
      }
      if (participants.size() < 2) {
        return;
      }
    }
    int year = context.dateIn(s).or(() -> context.published).map(PartialDate::year).orElse(0);
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof OrgMention o && o.organization().acronym().isPresent()) {
        participants.addAll(context.words.members(o.organization().acronym().get(), year));
      }
    }
    if (participants.size() < 2 && context.mentionsBoth(s, 0, t.size()) && context.bothCountries().isPresent()) {
      participants.addAll(context.bothCountries().get());
    }
    Cluster target = null;
    // only the last LOOKBACK clusters are candidates: an article naming thousands of exercises
    // was read in quadratic time, and real ones name a few
    int oldest = Math.max(0, clusters.size() - LOOKBACK);
    if (name.isPresent()) {
      for (Cluster c : clusters.subList(oldest, clusters.size())) {
        if (name.get().equalsIgnoreCase(c.name)) {
          target = c;
        }
      }
    }
    if (target == null && name.isEmpty()) {
      for (int i = clusters.size() - 1; i >= oldest && target == null; i--) {
        Cluster c = clusters.get(i);
        if (participants.isEmpty() || jaccard(participants, c.participants) >= 0.5 || c.participants.containsAll(participants)) {
          target = c;
        }
      }
    }
    if (target == null && name.isPresent()) {
      for (int i = clusters.size() - 1; i >= oldest && target == null; i--) {
        Cluster c = clusters.get(i);
        if (c.name == null && !participants.isEmpty() && c.participants.containsAll(participants)) {
          target = c;
        }
      }
      if (target == null && participants.size() < 2 && !clusters.isEmpty() && clusters.get(clusters.size() - 1).name == null) {
        target = clusters.get(clusters.size() - 1);
      }
    }
    if (target == null && participants.isEmpty() && context.bothCountries().isPresent()) {
      participants.addAll(context.bothCountries().get()); // "Ils ont préparé l'exercice Warrior-VIII"
    }
    if (target == null) {
      if (participants.isEmpty()) {
        return;
      }
      target = new Cluster();
      clusters.add(target);
    }
    if (target.name == null && name.isPresent()) {
      target.name = name.get();
    }
    target.participants.addAll(participants);
    boolean namesIt = name.isPresent();
    List<DateMention> dates = new ArrayList<>();
    for (DateMention d : context.dates.get(s)) {
      if (name.isEmpty() || !sentence.textOf(d.from(), d.to()).equals(yearOf(name.get()))) {
        dates.add(d);
      }
    }
    if (!dates.isEmpty()) {
      // the sentence that names the exercise dates it best
      if (target.start == null || namesIt) {
        target.start = dates.get(0).date();
      }
      if (dates.size() > 1 && (target.end == null || namesIt)) {
        target.end = dates.get(dates.size() - 1).date();
      }
    }
    if (target.location == null) {
      target.location = location(sentence, 0).orElse(null);
    }
    target.evidence.add(context.evidence(s, at, end, NAME, participants.size() >= 2 ? 0.8 : 0.5));
  }

  /** The exercise's name: «quoted», "baptisée X 2017", or a known name with its year. */
  private Optional<String> name(ArticleContext context, Sentence sentence, int after) {
    List<Token> t = sentence.tokens();
    for (int i = Math.max(0, after - 6); i < Math.min(t.size(), after + 12); i++) {
      Token tok = t.get(i);
      if ((tok.is("«") || tok.is("\"") || tok.is("“")) && i + 1 < t.size()) {
        int close = i + 1;
        while (close < t.size() && close - i < 8 && !(t.get(close).is("»") || t.get(close).is("\"") || t.get(close).is("”"))) {
          close++;
        }
        if (close < t.size() && close - i < 8 && close > i + 1 && t.get(i + 1).capitalized()) {
          return Optional.of(sentence.textOf(i + 1, close));
        }
      }
      if ((tok.is("baptise") || tok.is("baptisee") || tok.is("baptises") || tok.is("baptisees") || tok.is("nomme") || tok.is("nommee")
          || tok.is("denomme") || tok.is("denommee") || tok.is("intitule") || tok.is("intitulee") || tok.is("code"))
          && i + 1 < t.size() && t.get(i + 1).capitalized()) {
        int j = i + 1;
        while (j < t.size() && j - i <= 4 && (t.get(j).capitalized() || t.get(j).isNumber() || t.get(j).is("-"))) {
          j++;
        }
        return Optional.of(sentence.textOf(i + 1, j));
      }
      if (i == after && tok.isWord() && tok.capitalized() && !isNamed(context, sentence.index(), i)) {
        // "Pont de l'amitié 2020", "Fraternité slave 2023": up to the year when one follows closely
        for (int y = i + 1; y < Math.min(t.size(), i + 8); y++) {
          Token ty = t.get(y);
          if (ty.isNumber() && ty.folded().length() == 4) {
            return Optional.of(sentence.textOf(i, y + 1));
          }
          if (ty.type() == Token.Type.PUNCTUATION && !ty.is("'") && !ty.is("-")) {
            break;
          }
        }
        int j = i;
        while (j < t.size() && j - i < 5 && (t.get(j).capitalized() || t.get(j).isNumber()
            || t.get(j).is("-") && j + 1 < t.size() && (t.get(j + 1).isNumber() || t.get(j + 1).capitalized()))) {
          j++;
        }
        return Optional.of(sentence.textOf(i, j));
      }
      Optional<PhraseTable.Match<String>> known = context.words.exerciseNames.longestAt(t, i);
      if (known.isPresent() && tok.capitalized()) {
        int j = known.get().to();
        if (j < t.size() && t.get(j).is("-") && j + 1 < t.size() && t.get(j + 1).isNumber()) {
          j++;
        }
        if (j < t.size() && t.get(j).isNumber()) {
          j++;
          return Optional.of(sentence.textOf(i, j));
        }
        if (i == after || i == after + 1) {
          return Optional.of(sentence.textOf(i, j));
        }
      }
    }
    for (int i = after; i + 2 < t.size(); i++) {
      // "dans l'Extrême-Orient russe"
      if (t.get(i).is("dans") && t.get(i + 1).is("l") && i + 3 < t.size() && t.get(i + 3).capitalized()) {
        int k = i + 3;
        while (k < t.size() && k - i <= 6 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        return Optional.of(sentence.textOf(i + 3, k));
      }
    }
    for (int i = after; i + 1 < t.size(); i++) {
      // "se sont tenues à Orenbourg": a capitalized place after "à"
      if (t.get(i).is("a") && t.get(i + 1).capitalized() && t.get(i + 1).isWord()) {
        int k = i + 1;
        while (k < t.size() && k - i <= 3 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        return Optional.of(sentence.textOf(i + 1, k));
      }
    }
    return Optional.empty();
  }

  /** Whether a token belongs to a state, organization or person mention. */
  private static boolean isNamed(ArticleContext context, int s, int token) {
    return context.mentions.get(s).stream().anyMatch(m -> m.from() <= token && token < m.to());
  }

  /** "en mer de Chine orientale", "près de la ville russe de Tcheliabinsk". */
  private static Optional<String> location(Sentence sentence, int after) {
    List<Token> t = sentence.tokens();
    for (int i = after; i < t.size(); i++) {
      if (t.get(i).is("ville")) {
        Optional<String> city = location(sentence, i, true);
        if (city.isPresent()) {
          return city;
        }
      }
    }
    return location(sentence, after, false);
  }

  private static Optional<String> location(Sentence sentence, int after, boolean cityOnly) {
    List<Token> t = sentence.tokens();
    for (int i = after; i < t.size() && !(cityOnly && i > after); i++) {
      Token tok = t.get(i);
      if (tok.is("large") && i + 2 < t.size() && (t.get(i + 1).is("de") || t.get(i + 1).is("des") || t.get(i + 1).is("du"))) {
        int j = i + 2;
        while (j < t.size() && (t.get(j).is("la") || t.get(j).is("l") || t.get(j).is("'"))) {
          j++;
        }
        int k = j;
        while (k < t.size() && k - j < 4 && (t.get(k).capitalized() || t.get(k).is("-"))) {
          k++;
        }
        if (k > j) {
          return Optional.of(sentence.textOf(j, k));
        }
      }
      if (tok.is("mer") || tok.is("ocean") || tok.is("golfe") || tok.is("detroit") || tok.is("baie")) {
        int j = i + 1;
        while (j < t.size() && j - i < 6 && !SEA_NAME_END.contains(t.get(j).folded())
            && !(t.get(j).is("l") && j + 1 < t.size() && t.get(j + 1).is("'"))
            && !(j > i + 2 && t.get(j).isWord() && !t.get(j).capitalized() && !t.get(j - 1).capitalized())) {
          j++;
        }
        return Optional.of(sentence.textOf(i, j));
      }
      if ((tok.is("ville") || tok.is("region") || tok.is("republique") || tok.is("province") || tok.is("polygone")
          || tok.is("base") || tok.is("port") || tok.is("ile") || tok.is("champ") && i + 2 < t.size() && t.get(i + 2).is("tir"))
          && i + 1 < t.size()) {
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
          if (t.get(j).capitalized() && t.get(j).isWord()) {
            int k = j + 1;
            while (k < t.size() && (t.get(k).capitalized() || t.get(k).is("-"))) {
              k++;
            }
            return Optional.of(sentence.textOf(j, k));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String yearOf(String name) {
    String[] words = name.split("[\\s-]+");
    return words[words.length - 1];
  }

  private static double jaccard(Set<Country> a, Set<Country> b) {
    Set<Country> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (Country c : a) {
      if (b.contains(c)) {
        inter++;
      }
    }
    return (double) inter / union.size();
  }
}
