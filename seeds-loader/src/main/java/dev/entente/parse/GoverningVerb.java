package dev.entente.parse;

import com.google.common.collect.ImmutableMap;
import dev.entente.model.AgreementStatus;
import dev.entente.model.TransferStatus;
import dev.entente.text.FrenchText;
import java.util.Optional;

/**
 * One line of {@code rules/governing-verbs.tsv}: what a verb says of the agreement or transfer noun
 * it governs ("a signé le contrat", "négocie l'achat", "a réceptionné la livraison").
 *
 * @param agreement the status it gives an agreement, if it gives one
 * @param transfer the status it gives a transfer, if it gives one
 * @param subject what its subject is to a transfer noun it governs
 */
record GoverningVerb(Optional<AgreementStatus> agreement, Optional<TransferStatus> transfer, SubjectRole subject) {

  /** What a governing verb's subject is to the transfer noun. */
  enum SubjectRole {
    /** The noun's agent: the buyer of an "achat", the seller of a "vente". */
    AGENT,
    RECIPIENT,
    NONE
  }

  /**
   * Reads the bundled table, by folded lemma.
   *
   * @throws LexiconException naming the line of a broken entry
   */
  static ImmutableMap<String, GoverningVerb> bundled() {
    ImmutableMap.Builder<String, GoverningVerb> out = ImmutableMap.builder();
    for (LexiconLine line : LexiconLine.read("rules/governing-verbs.tsv")) {
      String[] f = line.fields(4);
      Optional<AgreementStatus> agreement =
          f[1].equals("-") ? Optional.empty() : Optional.of(line.enumValue(AgreementStatus.class, f[1]));
      Optional<TransferStatus> transfer =
          f[2].equals("-") ? Optional.empty() : Optional.of(line.enumValue(TransferStatus.class, f[2]));
      out.put(FrenchText.fold(f[0].strip()), new GoverningVerb(agreement, transfer, line.enumValue(SubjectRole.class, f[3])));
    }
    return out.buildOrThrow();
  }
}
