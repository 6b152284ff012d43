package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's cleaned text.
 *
 * @param start the offset of the first character
 * @param end the offset just past the last character
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the range.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
   */
  public Span {
    checkArgument(start >= 0, "span start must not be negative, got %s", start);
    checkArgument(end >= start, "span end %s is before its start %s", end, start);
  }

  /** Returns the span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Returns whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /** Returns the text this span covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
