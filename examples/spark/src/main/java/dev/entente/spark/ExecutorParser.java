package dev.entente.spark;

import dev.entente.parse.Parser;

/**
 * The parser of this JVM: built on first use, once per executor (loading the gazetteers and
 * rules takes a while), and shared by the executor's tasks, since a {@link Parser} is immutable
 * and thread-safe.
 */
final class ExecutorParser {

  private ExecutorParser() {}

  /** Returns the parser of this JVM, {@link Parser#defaultFrench()}. */
  static Parser get() {
    return Holder.PARSER;
  }

  /** The JVM initializes the holder class once, on first use: a lazy, thread-safe constant. */
  private static final class Holder {
    static final Parser PARSER = Parser.defaultFrench();
  }
}
