package dev.entente.model;

/** The four kinds of fact the model holds. */
public enum FactKind {
  AGREEMENT("agr"),
  EXERCISE("exe"),
  TRANSFER("trf"),
  STATEMENT("stm");

  private final String idPrefix;

  FactKind(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  /** Returns the short prefix of the ids of facts of this kind, such as {@code "agr"}. */
  public String idPrefix() {
    return idPrefix;
  }
}
