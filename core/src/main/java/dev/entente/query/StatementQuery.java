package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Person;
import dev.entente.model.Statement;
import dev.entente.text.FrenchText;
import java.util.Optional;

/**
 * A query of a corpus's statements: narrow it, then run it. The shared dimensions and the terminals
 * come from {@link CorpusQuery}. A statement involves its speaker's state and the states it is
 * about; {@link #between} selects the statements whose speaker's state is one of the two and that
 * are about the other. Results come in corpus order.
 *
 * <pre>{@code
 * long remarks = corpus.statements().by(RUSSIA).about(CHINA).bySpeaker("Poutine").count();
 * }</pre>
 */
public final class StatementQuery extends FactQuery<StatementQuery, Statement> {

  StatementQuery(Corpus corpus, Criteria criteria) {
    super(corpus, criteria, StatementQuery::new, corpus.statementTable());
  }

  /**
   * Returns this query narrowed to the statements whose speaker belongs to {@code state} (a state
   * speaking for itself, one of its people or one of its institutions).
   *
   * @throws NullPointerException if {@code state} is null
   * @throws IllegalStateException if the speaker's state is already set
   */
  public StatementQuery by(Country state) {
    return withValue(Dimension.BY, state, "state");
  }

  /**
   * Returns this query narrowed to the statements about any of {@code anyOf}.
   *
   * @throws NullPointerException if {@code anyOf} or one of them is null
   * @throws IllegalArgumentException if no state is given
   * @throws IllegalStateException if the states spoken about are already set
   */
  public StatementQuery about(Country... anyOf) {
    return withAnyOf(Dimension.ABOUT, anyOf);
  }

  /**
   * Returns this query narrowed to the statements of the speaker called {@code name}, ignoring case
   * and accents: the speaker's full name, or a person's surname ({@code "poutine"} finds Vladimir
   * Poutine).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws IllegalStateException if a speaker is already set
   */
  public StatementQuery bySpeaker(String name) {
    return withText(Dimension.BY_SPEAKER, name, "name", n -> !n.isBlank(), "a name");
  }

  @Override
  void narrow(FactPlan<Statement> plan) {
    criteria
        .<Country>get(Dimension.BY)
        .ifPresent(
            state ->
                plan.require(
                    s -> s.speaker().country().equals(Optional.of(state)), table.involving(state)));
    criteria
        .<ImmutableSet<Country>>get(Dimension.ABOUT)
        .ifPresent(
            anyOf ->
                plan.require(
                    s -> Criteria.intersects(s.about(), anyOf), table.involvingAny(anyOf)));
    criteria
        .<String>get(Dimension.BY_SPEAKER)
        .map(FrenchText::fold)
        .map(String::strip)
        .ifPresent(name -> plan.require(s -> isCalled(s.speaker(), name)));
  }

  /**
   * Returns whether {@code speaker}'s full name, or surname for a person, folds to {@code name}.
   */
  private static boolean isCalled(Actor speaker, String name) {
    if (FrenchText.fold(speaker.name()).strip().equals(name)) {
      return true;
    }
    return speaker instanceof Person person && FrenchText.fold(person.surname()).equals(name);
  }

  @Override
  String root() {
    return "statements()";
  }
}
