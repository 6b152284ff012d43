package dev.entente.parse;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableList;
import dev.entente.model.AgreementKind;
import dev.entente.model.AgreementStatus;
import dev.entente.model.Country;
import dev.entente.model.Domain;
import dev.entente.model.TransferStatus;
import java.util.Optional;

/**
 * The words the rules look for, loaded once from the bundled resources: agreement kinds and
 * statuses, domain words, exercise words and names, transfer cues, reporting verbs, and the members
 * of organizations.
 */
final class RuleWords {

  /** How strongly a word names an exercise. */
  enum Strength {
    STRONG,
    WEAK,
    NONE
  }

  /** Who the subject of a transfer verb is. */
  enum TransferRole {
    SUPPLIER,
    RECIPIENT,
    NONE
  }

  record TransferCue(TransferStatus status, TransferRole role) {}

  /** A word naming an agreement of {@code kind} (empty: names none); a weak one needs a signature. */
  record AgreementTrigger(Optional<AgreementKind> kind, boolean weak) {}

  record Membership(Country country, int joined, Optional<Integer> left) {
    boolean memberIn(int year) {
      return year >= joined && left.map(l -> year < l).orElse(true);
    }
  }

  /** The words that name agreements, and phrases that name none ("en accord avec"). */
  final PhraseTable<AgreementTrigger> agreementKinds;
  final PhraseTable<AgreementStatus> agreementStatuses;
  final PhraseTable<Domain> domains;
  final PhraseTable<Strength> exerciseWords;
  final PhraseTable<String> exerciseNames;
  final PhraseTable<TransferCue> transferCues;
  final PhraseTable<String> reportingVerbs;
  final ImmutableListMultimap<String, Membership> memberships;

  private RuleWords(Tokenizer tokenizer) {
    PhraseTable.Builder<AgreementTrigger> kinds = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/agreement-kinds.tsv")) {
      String[] f = line.fields(2);
      boolean weak = f.length > 2 && f[2].equals("WEAK");
      if (f.length > 2 && !weak && !f[2].isEmpty()) {
        throw line.error("the third field, when present, must be WEAK");
      }
      kinds.add(
          f[0],
          new AgreementTrigger(f[1].equals("NONE") ? Optional.empty() : Optional.of(line.enumValue(AgreementKind.class, f[1])), weak));
    }
    agreementKinds = kinds.build();
    PhraseTable.Builder<AgreementStatus> statuses = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/agreement-status.tsv")) {
      String[] f = line.fields(2);
      statuses.add(f[0], line.enumValue(AgreementStatus.class, f[1]));
    }
    agreementStatuses = statuses.build();
    PhraseTable.Builder<Domain> domainWords = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/domains.tsv")) {
      String[] f = line.fields(2);
      domainWords.add(f[0], line.enumValue(Domain.class, f[1]));
    }
    domains = domainWords.build();
    PhraseTable.Builder<Strength> exercise = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/exercise-words.tsv")) {
      String[] f = line.fields(2);
      exercise.add(f[0], line.enumValue(Strength.class, f[1]));
    }
    exerciseWords = exercise.build();
    PhraseTable.Builder<String> names = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/exercise-names.txt")) {
      names.add(line.text().strip(), line.text().strip());
    }
    exerciseNames = names.build();
    PhraseTable.Builder<TransferCue> cues = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("rules/transfer-cues.tsv")) {
      String[] f = line.fields(3);
      cues.add(f[0], new TransferCue(line.enumValue(TransferStatus.class, f[1]), line.enumValue(TransferRole.class, f[2])));
    }
    transferCues = cues.build();
    PhraseTable.Builder<String> verbs = PhraseTable.builder(tokenizer);
    for (LexiconLine line : LexiconLine.read("lexicon/reporting-verbs.txt")) {
      verbs.add(line.text().strip(), line.text().strip());
    }
    reportingVerbs = verbs.build();
    ImmutableListMultimap.Builder<String, Membership> members = ImmutableListMultimap.builder();
    for (LexiconLine line : LexiconLine.read("rules/memberships.tsv")) {
      String[] f = line.fields(4);
      Country country = line.country(f[1]);
      try {
        members.put(
            f[0],
            new Membership(
                country, Integer.parseInt(f[2]), f[3].equals("-") ? Optional.empty() : Optional.of(Integer.parseInt(f[3]))));
      } catch (NumberFormatException e) {
        throw line.error("expected years");
      }
    }
    memberships = members.build();
  }

  /**
   * Returns the bundled rule words.
   *
   * @throws LexiconException if a resource is missing or broken
   */
  static RuleWords bundled(Tokenizer tokenizer) {
    return new RuleWords(tokenizer);
  }

  /** Returns the members of the organization with that acronym in {@code year}. */
  ImmutableList<Country> members(String acronym, int year) {
    return memberships.get(acronym).stream()
        .filter(m -> m.memberIn(year))
        .map(Membership::country)
        .collect(ImmutableList.toImmutableList());
  }
}
