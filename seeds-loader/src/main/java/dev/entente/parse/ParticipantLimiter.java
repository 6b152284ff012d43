package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Fact;
import dev.entente.model.JointExercise;
import dev.entente.model.Severity;
import dev.entente.parse.Mention.StateMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bounds the states one agreement or exercise holds to {@value #MAX_STATES}, the first the article
 * names, and says in a {@link DiagnosticCode#TOO_MANY_STATES} warning which it dropped.
 *
 * <p>Why a bound: a fact links every pair of its states, so an exercise among 150 states derives
 * 11,175 relations, and an article of 250 KB listing such exercises wrote a 36 MB JSON line (at 2
 * MB, the writer ran out of memory). With at most {@value #MAX_STATES} states a fact links at most
 * 496 pairs, so what is written, queried and read back grows linearly with the article. The bound
 * is above the largest exercises the press reports (RIMPAC, Sea Breeze: about 30 nations); a text
 * that lists more states in one fact (a treaty's 191 parties) is a list, not something the rules
 * read well, and the warning says what was left out.
 *
 * <p>Expects the facts of the rules and the article's mentions; guarantees facts of at most
 * {@value #MAX_STATES} states, the others unchanged and in order.
 */
final class ParticipantLimiter {

  /** The most states one agreement or exercise keeps. */
  static final int MAX_STATES = 32;

  /** Returns {@code facts} with each bounded, adding a diagnostic per bounded fact. */
  <F extends Fact> ImmutableList<F> limit(
      ImmutableList<F> facts, ImmutableList<Mention> mentions, List<Diagnostic> diagnostics) {
    boolean any = false;
    for (F fact : facts) {
      any |= fact.states().size() > MAX_STATES;
    }
    if (!any) {
      return facts;
    }
    Set<Country> named = new LinkedHashSet<>(); // the article's states in order of first mention
    for (Mention m : mentions) {
      if (m instanceof StateMention s) {
        named.addAll(s.countries());
      }
    }
    ImmutableList.Builder<F> bounded = ImmutableList.builderWithExpectedSize(facts.size());
    for (F fact : facts) {
      bounded.add(fact.states().size() > MAX_STATES ? bound(fact, named, diagnostics) : fact);
    }
    return bounded.build();
  }

  private static <F extends Fact> F bound(F fact, Set<Country> named, List<Diagnostic> diagnostics) {
    List<Country> order = new ArrayList<>();
    for (Country c : named) {
      if (fact.states().contains(c)) {
        order.add(c);
      }
    }
    for (Country c : fact.states()) { // states no mention names (an alliance's members): last
      if (!named.contains(c)) {
        order.add(c);
      }
    }
    List<Country> kept = order.subList(0, MAX_STATES);
    List<Country> dropped = order.subList(MAX_STATES, order.size());
    String what;
    F result;
    if (fact instanceof Agreement agreement) {
      what = "an agreement";
      @SuppressWarnings("unchecked") // F is Agreement here
      F bounded = (F) agreement.toBuilder().parties(kept).build();
      result = bounded;
    } else if (fact instanceof JointExercise exercise) {
      what = "a joint exercise";
      @SuppressWarnings("unchecked") // F is JointExercise here
      F bounded = (F) exercise.toBuilder().participants(kept).build();
      result = bounded;
    } else {
      return fact; // transfers and statements link a number of pairs linear in their states
    }
    diagnostics.add(
        Diagnostic.at(
            Severity.WARNING,
            DiagnosticCode.TOO_MANY_STATES,
            fact.evidence().get(0).span(),
            String.format(
                "%s names %d states, more than the %d one fact keeps (a fact links every pair of"
                    + " its states); kept the first %d the article names, dropped %d: %s",
                what,
                order.size(),
                MAX_STATES,
                MAX_STATES,
                dropped.size(),
                dropped.stream().map(Country::alpha3).sorted().collect(Collectors.joining(", ")))));
    return result;
  }
}
