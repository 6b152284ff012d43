package dev.entente.examples.cli;

import dev.entente.examples.cli.Arguments.Option;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * One option of a query command: its line in the help, and how its value, once read and checked,
 * becomes a narrowing call on the query.
 *
 * @param option the option, as the parser and the help see it
 * @param binding how the option's value becomes a call on the query
 * @param <Q> the type of query it narrows
 */
record QueryOption<Q>(Option option, QueryOption.Binding<Q> binding) {

  /** Reads the value of one option, if it was given. */
  @FunctionalInterface
  interface Reader<V> {

    /**
     * Returns the value of the option {@code name}, if given.
     *
     * @throws UsageException if the value is malformed
     */
    Optional<V> read(Arguments arguments, String name) throws UsageException;
  }

  /** Turns the words of a command line into the call an option makes, if it was given. */
  @FunctionalInterface
  interface Binding<Q> {

    /**
     * Returns the narrowing call, if the option was given.
     *
     * @throws UsageException if the value is malformed
     */
    Optional<UnaryOperator<Q>> bind(Arguments arguments) throws UsageException;
  }

  /**
   * Returns the option {@code name}, followed by {@code values} in the help, whose value {@code
   * reader} reads and {@code narrowing} applies to the query.
   */
  static <Q, V> QueryOption<Q> of(
      String name,
      String values,
      String description,
      Reader<V> reader,
      BiFunction<Q, V, Q> narrowing) {
    return new QueryOption<>(
        Option.of(name, values, description),
        arguments -> reader.read(arguments, name).map(value -> query -> narrowing.apply(query, value)));
  }

  /**
   * Returns the call this option makes on a query, if it was given.
   *
   * @throws UsageException if the value is malformed
   */
  Optional<UnaryOperator<Q>> read(Arguments arguments) throws UsageException {
    return binding.bind(arguments);
  }
}
