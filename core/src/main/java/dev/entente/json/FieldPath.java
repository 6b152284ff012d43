package dev.entente.json;

/**
 * Where a value sits in one JSON line, printed as {@code agreements[0].parties[1]}; the empty path
 * is the whole line.
 *
 * @param text the printed path
 */
record FieldPath(String text) {

  /** The whole line. */
  static final FieldPath ROOT = new FieldPath("");

  /** Returns the path of the member {@code name} of the object at this path. */
  FieldPath field(String name) {
    return new FieldPath(text.isEmpty() ? name : text + "." + name);
  }

  /** Returns the path of element {@code index} of the array at this path. */
  FieldPath index(int index) {
    return new FieldPath(text + "[" + index + "]");
  }

  /** Returns {@code relative}, which was found inside the value at this path, from the root. */
  FieldPath resolve(FieldPath relative) {
    if (relative.text.isEmpty()) {
      return this;
    }
    if (text.isEmpty() || relative.text.startsWith("[")) {
      return new FieldPath(text + relative.text);
    }
    return new FieldPath(text + "." + relative.text);
  }

  /** Returns whether this is the whole line. */
  boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }
}
