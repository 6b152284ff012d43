package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import dev.entente.model.TransferStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of {@code rules/transfer-frames.tsv}: which complements of a verb or a noun name the
 * supplier, the recipient and the goods of an arms transfer, and the status the word gives.
 *
 * @param lemma the verb's infinitive or the noun, folded
 * @param kind what the frame reads
 * @param status the status the word gives on its own
 * @param roles the roles of each marker: "subject", "object", "adjective", or a preposition; a
 *     marker of two roles ("de": the goods or the supplier) takes the one its phrase can fill
 * @param agent for a noun, the role of the subject of the verb that governs it
 * @param licence whether the frame is one of production, licensed production when of another
 *     state's design or said "sous licence"
 * @param explicit whether the recipient must be named by the frame's own complements ("a envoyé
 *     des avions" to an exercise moves nothing between states)
 */
record TransferFrame(
    String lemma, Kind kind, TransferStatus status, ImmutableListMultimap<String, Role> roles, Optional<Role> agent, boolean licence,
    boolean explicit) {

  /** What a frame reads. */
  enum Kind {
    VERB,
    PRONOMINAL,
    NOUN
  }

  /** What a complement names in a transfer. */
  enum Role {
    SUPPLIER,
    RECIPIENT,
    GOODS,
    /** A contract whose parties are the transfer's ends: "le contrat signé par X porte sur ...". */
    CONTRACT
  }

  /** Markers every frame reads the same way. */
  static final ImmutableMap<String, Role> SHARED =
      ImmutableMap.of("en provenance de", Role.SUPPLIER, "à destination de", Role.RECIPIENT, "au profit de", Role.RECIPIENT);

  /** Whether the frame says that no arms move: "remettre en état" is no "remettre" (roles "-" in the table). */
  boolean movesNothing() {
    return roles.isEmpty();
  }

  /** Returns the roles of a marker: the frame's own, else the shared one. */
  ImmutableList<Role> rolesOf(String marker) {
    ImmutableList<Role> own = roles.get(marker);
    if (!own.isEmpty()) {
      return own;
    }
    Role shared = SHARED.get(marker);
    return shared == null ? ImmutableList.of() : ImmutableList.of(shared);
  }

  /**
   * Reads the bundled frames, by folded lemma and kind.
   *
   * @throws LexiconException naming the line of a broken frame
   */
  static ImmutableTable<String, Kind, TransferFrame> bundled() {
    ImmutableTable.Builder<String, Kind, TransferFrame> out = ImmutableTable.builder();
    Map<String, LexiconLine> seen = new HashMap<>();
    for (LexiconLine line : LexiconLine.read("rules/transfer-frames.tsv")) {
      TransferFrame frame = parse(line);
      LexiconLine before = seen.put(frame.lemma() + "/" + frame.kind(), line);
      if (before != null) {
        throw line.error("a second " + frame.kind() + " frame for " + frame.lemma() + " (the first is line " + before.number() + ")");
      }
      out.put(frame.lemma(), frame.kind(), frame);
    }
    return out.build();
  }

  private static TransferFrame parse(LexiconLine line) {
    String[] f = line.fields(4);
    Kind kind = line.enumValue(Kind.class, f[1]);
    TransferStatus status = line.enumValue(TransferStatus.class, f[2]);
    ImmutableListMultimap.Builder<String, Role> roles = ImmutableListMultimap.builder();
    java.util.Set<String> given = new java.util.HashSet<>();
    Optional<Role> agent = Optional.empty();
    boolean licence = false;
    boolean explicit = false;
    if (f[3].strip().equals("-")) {
      // a word that moves nothing though its head word does: "remettre en état"
      return new TransferFrame(dev.entente.text.FrenchText.fold(f[0].strip()), kind, status, ImmutableListMultimap.of(), agent, false, false);
    }
    // markers hold spaces ("auprès de"): a part starts where a role name and "=" follow a space
    for (String part : f[3].strip().split(" (?=[a-z]+=)")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw line.error("expected ROLE=markers, got \"" + p + "\"");
      }
      String name = p.substring(0, eq);
      String value = p.substring(eq + 1).strip();
      for (boolean again = true; again; ) {
        again = false;
        if (value.endsWith(" LICENCE")) {
          licence = true;
          value = value.substring(0, value.length() - " LICENCE".length()).strip();
          again = true;
        }
        if (value.endsWith(" EXPLICIT")) {
          explicit = true;
          value = value.substring(0, value.length() - " EXPLICIT".length()).strip();
          again = true;
        }
      }
      if (name.equals("agent")) {
        if (kind != Kind.NOUN) {
          throw line.error("only a NOUN frame has an agent");
        }
        agent = Optional.of(line.enumValue(Role.class, value.toUpperCase(java.util.Locale.ROOT)));
        continue;
      }
      Role role = line.enumValue(Role.class, name.toUpperCase(java.util.Locale.ROOT));
      for (String marker : value.split(",")) {
        String m = marker.strip();
        if (m.isEmpty() || !given.add(name + "=" + m)) {
          throw line.error("marker \"" + m + "\" is empty or given twice the same role");
        }
        roles.put(m, role);
      }
    }
    return new TransferFrame(dev.entente.text.FrenchText.fold(f[0].strip()), kind, status, roles.build(), agent, licence, explicit);
  }

}
