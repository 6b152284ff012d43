package dev.entente.query;

import dev.entente.model.JointExercise;
import dev.entente.text.FrenchText;

/**
 * A query of a corpus's joint exercises: narrow it, then run it. The shared dimensions and the
 * terminals come from {@link CorpusQuery}; an exercise's date, for the date filters, is its start.
 * Results come in corpus order.
 *
 * <pre>{@code
 * List<JointExercise> vostok = corpus.exercises().involving(CHINA).named("vostok").list();
 * }</pre>
 */
public final class ExerciseQuery extends FactQuery<ExerciseQuery, JointExercise> {

  ExerciseQuery(Corpus corpus, Criteria criteria) {
    super(corpus, criteria, ExerciseQuery::new, corpus.exerciseTable());
  }

  /**
   * Returns this query narrowed to the exercises whose name contains {@code text}, ignoring case
   * and accents: {@code named("mission de paix")} finds "Mission de paix 2018". Unnamed exercises
   * are left out.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   * @throws IllegalStateException if a name is already set
   */
  public ExerciseQuery named(String text) {
    return withText(Dimension.NAMED, text, "text", t -> !t.isBlank(), "some text");
  }

  @Override
  void narrow(FactPlan<JointExercise> plan) {
    plan.requireContains(Dimension.NAMED, FrenchText::fold, JointExercise::name);
  }

  @Override
  String root() {
    return "exercises()";
  }
}
