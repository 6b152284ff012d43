package dev.entente.query;

/**
 * One way a query can be narrowed; each is set at most once per query. The constant's {@link
 * #toString()} is the name of the narrowing method, so messages and chains read like code.
 */
enum Dimension {
  BETWEEN("between"),
  INVOLVING("involving"),
  IN_DOMAIN("inDomain"),
  DURING("during"),
  SINCE("since"),
  UNTIL("until"),
  IN_DOCUMENT("inDocument"),
  INVOLVING_ORGANIZATION("involvingOrganization"),
  WITH_PARTY("withParty"),
  OF_KIND("ofKind"),
  WITH_STATUS("withStatus"),
  REACHED("reached"),
  NAMED("named"),
  FROM("from"),
  TO("to"),
  OF_SYSTEM("ofSystem"),
  OF_CATEGORY("ofCategory"),
  BY("by"),
  ABOUT("about"),
  BY_SPEAKER("bySpeaker");

  private final String method;

  Dimension(String method) {
    this.method = method;
  }

  /** Returns the name of the narrowing method, such as {@code "inDomain"}. */
  @Override
  public String toString() {
    return method;
  }
}
