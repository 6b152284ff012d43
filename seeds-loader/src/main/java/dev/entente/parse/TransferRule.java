package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Evidence;
import dev.entente.model.TransferStatus;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.Mention.WeaponMention;
import dev.entente.parse.RuleWords.TransferCue;
import dev.entente.parse.RuleWords.TransferRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads arms transfers: a weapon system in a sentence whose words say it moves ("a fourni",
 * "souhaitait acheter", "livraison", "production sous licence", "ont discuté de l'acquisition").
 * The supplier and recipient come from the verb's subject and its "à"/"de" complement, from a state
 * adjective on the system ("chasseurs russes"), from the system's origin, and last from the
 * article's main pair; the quantity from a number before the system or an "environ 600" in the
 * next sentence. Mentions of one transfer (same supplier, recipient and system) are merged.
 */
final class TransferRule {

  static final String NAME = "TransferRule";
  private static final ImmutableList<TransferStatus> STATUS_PRIORITY =
      ImmutableList.of(
          TransferStatus.LICENSED_PRODUCTION,
          TransferStatus.NEGOTIATING,
          TransferStatus.REQUESTED,
          TransferStatus.DELIVERED,
          TransferStatus.ORDERED);

  private record Cue(int at, int to, TransferCue cue) {}

  ImmutableList<ArmsTransfer> apply(ArticleContext context, Calendar calendar) {
    // the mentions of each transfer, merged once at the end: merging at each mention copied the
    // evidence every time, quadratic in the mentions of one transfer
    Map<String, List<ArmsTransfer>> found = new LinkedHashMap<>();
    for (Sentence sentence : context.sentences) {
      int s = sentence.index();
      if (context.mentions.get(s).stream().noneMatch(WeaponMention.class::isInstance)) {
        continue;
      }
      List<Cue> cues = cues(context, sentence);
      if (cues.isEmpty()) {
        continue;
      }
      for (Mention m : context.mentions.get(s)) {
        if (m instanceof WeaponMention w && !context.isNegated(s, w.from()) && !isDestination(sentence.tokens(), w)) {
          read(context, calendar, sentence, cues, w).ifPresent(
              t -> found.computeIfAbsent(
                      t.supplier() + ">" + t.recipient() + ">" + t.system().map(FrenchText::fold).orElse(""),
                      k -> new ArrayList<>())
                  .add(t));
        }
      }
    }
    return found.values().stream().map(TransferRule::merge).collect(ImmutableList.toImmutableList());
  }

  /** "destinés au porte-avions INS Vikrant", "pour équiper la frégate X": the platform, not the goods. */
  private static boolean isDestination(List<Token> t, WeaponMention w) {
    for (int k = Math.max(0, w.from() - 4); k < w.from(); k++) {
      String f = t.get(k).folded();
      if (f.startsWith("destine") || f.equals("equiper") || f.equals("bord")) {
        return true;
      }
    }
    return false;
  }

  /** The first mention, with every mention's evidence and the first quantity given. */
  private static ArmsTransfer merge(List<ArmsTransfer> mentions) {
    ArmsTransfer first = mentions.get(0);
    if (mentions.size() == 1) {
      return first;
    }
    List<Evidence> evidence = new ArrayList<>();
    OptionalInt quantity = OptionalInt.empty();
    for (ArmsTransfer t : mentions) {
      evidence.addAll(t.evidence());
      if (quantity.isEmpty()) {
        quantity = t.quantity();
      }
    }
    return first.toBuilder().evidence(evidence).quantity(quantity).build();
  }

  private static List<Cue> cues(ArticleContext context, Sentence sentence) {
    List<Cue> cues = new ArrayList<>();
    for (PhraseTable.Match<TransferCue> m : context.matches(context.words.transferCues, sentence.index())) {
      if (!context.isNegated(sentence.index(), m.from())) {
        cues.add(new Cue(m.from(), m.to(), m.values().get(0)));
      }
    }
    return cues;
  }

  private Optional<ArmsTransfer> read(
      ArticleContext context, Calendar calendar, Sentence sentence, List<Cue> cues, WeaponMention weapon) {
    int s = sentence.index();
    List<Token> t = sentence.tokens();
    // with several systems, each takes the words of its own clause: "a fourni des S-300 et ...
    // souhaitait acheter le S-400"
    List<Cue> own = ownCues(context, cues, weapon);
    cues = own.isEmpty() ? cues : own;
    TransferStatus status = null;
    for (TransferStatus candidate : STATUS_PRIORITY) {
      if (cues.stream().anyMatch(c -> c.cue().status() == candidate)) {
        status = candidate;
        break;
      }
    }
    Country supplier = null;
    Country recipient = null;
    Optional<Country> adjective = adjectiveNear(context, s, weapon);
    for (Cue cue : cues) {
      if (cue.cue().role() == TransferRole.NONE) {
        if (recipient == null && cue.cue().status() != TransferStatus.LICENSED_PRODUCTION) {
          // "l'acquisition de l'armée pakistanaise", "la livraison à l'Inde": the state that follows receives
          List<Country> next = context.statesIn(s, cue.to(), Math.min(t.size(), cue.to() + 6));
          if (!next.isEmpty() && next.get(0) != adjective.orElse(null)) {
            recipient = next.get(0);
          }
        }
        continue;
      }
      List<Country> before = context.statesIn(s, 0, cue.at());
      List<Country> after = context.statesIn(s, cue.to(), t.size());
      Optional<Country> subject = before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
      Optional<Country> object = after.stream().filter(c -> !adjective.map(c::equals).orElse(false)).findFirst();
      Optional<Country> agent = after(context, s, cue.to(), 3, "par");
      Optional<Country> to = after(context, s, cue.to(), 12, "a", "au", "aux");
      Optional<Country> from = after(context, s, cue.to(), 12, "aupres", "avec");
      if (cue.cue().role() == TransferRole.SUPPLIER && agent.isPresent()) {
        // passive: "livrés par la Russie à l'armée malienne"
        supplier = agent.get();
        recipient = to.or(() -> before.stream().filter(c -> c != agent.get()).findFirst()).orElse(null);
        break;
      }
      if (cue.cue().role() == TransferRole.RECIPIENT && from.isPresent() && subject.isPresent()) {
        // "acquis auprès de la Chine", "en discussion avec la Russie pour l'achat"
        recipient = subject.get();
        supplier = from.get();
        break;
      }
      if (cue.cue().role() == TransferRole.SUPPLIER) {
        supplier = subject.orElse(null);
        recipient = object.orElse(null);
      } else {
        recipient = subject.orElse(null);
        supplier = adjective.or(weapon.weapon()::origin).orElse(object.orElse(null));
      }
      break;
    }
    if (supplier == null) {
      supplier = adjective.or(() -> weapon.weapon().origin()).orElse(null);
      if (supplier != null && supplier == recipient) {
        supplier = null; // a recipient the words name outweighs the system's origin: "l'acquisition par le Pakistan de JF-17"
      }
    }
    List<Country> inSentence = context.statesIn(s);
    if (recipient == null || recipient == supplier) {
      Country sup = supplier;
      recipient = inSentence.stream().filter(c -> c != sup).findFirst().orElse(null);
    }
    if (supplier == null || supplier == recipient) {
      Country rec = recipient;
      supplier = inSentence.stream().filter(c -> c != rec).findFirst().orElse(null);
    }
    if (context.dyad.isPresent()) {
      if (supplier != null && recipient == null && context.dyad.get().contains(supplier)) {
        recipient = context.dyad.get().other(supplier);
      } else if (recipient != null && (supplier == null || supplier == recipient) && context.dyad.get().contains(recipient)) {
        supplier = context.dyad.get().other(recipient);
      }
    }
    if (supplier == null || recipient == null || supplier == recipient) {
      return Optional.empty();
    }
    ArmsTransfer.Builder transfer =
        ArmsTransfer.builder()
            .supplier(supplier)
            .recipient(recipient)
            .system(weapon.weapon().designation())
            .category(weapon.weapon().category())
            .status(status)
            .date(context.dateIn(s).orElse(null))
            .evidence(context.evidence(s, weapon.from(), weapon.to(), NAME, inSentence.size() >= 2 ? 0.8 : 0.5));
    quantity(context, calendar, sentence, weapon).ifPresent(transfer::quantity);
    return Optional.of(transfer.build());
  }

  /**
   * The cues between the previous system (or the sentence start) and this one; the whole
   * sentence's when there are none, as when several systems share one verb.
   */
  private static List<Cue> ownCues(ArticleContext context, List<Cue> cues, WeaponMention weapon) {
    int previous = 0;
    for (Mention m : context.mentions.get(weapon.sentence())) {
      if (m instanceof WeaponMention && m.to() <= weapon.from()) {
        previous = Math.max(previous, m.to());
      }
    }
    List<Cue> own = new ArrayList<>();
    for (Cue c : cues) {
      if (c.at() >= previous && c.to() <= weapon.from()) {
        own.add(c);
      }
    }
    return own;
  }

  /** The first state after one of {@code words}, within {@code window} tokens of {@code from}. */
  private static Optional<Country> after(ArticleContext context, int s, int from, int window, String... words) {
    List<Token> t = context.sentences.get(s).tokens();
    for (int i = from; i < Math.min(t.size(), from + window); i++) {
      for (String w : words) {
        if (t.get(i).is(w)) {
          List<Country> next = context.statesIn(s, i + 1, Math.min(t.size(), i + 7));
          if (!next.isEmpty()) {
            return Optional.of(next.get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A state adjective right after the system or its category word: "chasseurs russes Sukhoï". */
  private static Optional<Country> adjectiveNear(ArticleContext context, int s, WeaponMention weapon) {
    int from = weapon.from();
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof CategoryMention c && c.to() <= weapon.from() && weapon.from() - c.to() <= 2) {
        from = c.from();
      }
    }
    for (Mention m : context.mentions.get(s)) {
      if (m instanceof StateMention st && st.form() == StateForm.ADJ && st.countries().size() == 1
          && (m.from() >= from && m.to() <= weapon.from() || m.from() == weapon.to())) {
        return Optional.of(st.countries().get(0));
      }
    }
    return Optional.empty();
  }

  /** "24 Rafale", "quatre S-400", "une vingtaine d'hélicoptères Mi-17", or "environ 600" next. */
  private static OptionalInt quantity(ArticleContext context, Calendar calendar, Sentence sentence, WeaponMention weapon) {
    List<Token> t = sentence.tokens();
    int from = weapon.from();
    for (Mention m : context.mentions.get(sentence.index())) {
      if (m instanceof CategoryMention c && c.to() <= weapon.from() && weapon.from() - c.to() <= 2) {
        from = Math.min(from, c.from());
      }
    }
    for (int i = from - 1; i >= Math.max(0, from - 4); i--) {
      Token tok = t.get(i);
      if (tok.is("de") || tok.is("d") || tok.is("'") || tok.is("une") && i + 1 < from) {
        continue;
      }
      Optional<Integer> n = calendar.number(tok);
      if (tok.isNumber() && tok.folded().length() == 3 && i > 0 && t.get(i - 1).isNumber()
          && tok.start() - t.get(i - 1).end() == 1 && t.get(i - 1).folded().length() <= 3) {
        // "1 000 chars": digits grouped by thousands
        n = Optional.of(Integer.parseInt(t.get(i - 1).folded()) * 1000 + n.get());
      }
      if (n.isPresent() && !tok.isNumber() && i >= 2 && t.get(i - 1).is("-")) {
        // "vingt-six", "trente-six": tens and units joined by a hyphen
        Optional<Integer> tens = calendar.number(t.get(i - 2));
        if (tens.isPresent() && tens.get() >= 20 && tens.get() % 10 == 0 && n.get() < 10) {
          n = Optional.of(tens.get() + n.get());
        }
      }
      if (n.isPresent() && n.get() >= 1 && !(tok.isNumber() && tok.folded().length() == 4)) {
        return OptionalInt.of(n.get());
      }
      break;
    }
    int next = sentence.index() + 1;
    if (next < context.sentences.size()
        && context.mentions.get(next).stream().noneMatch(m -> m instanceof WeaponMention)) {
      List<Token> n = context.sentences.get(next).tokens();
      for (int i = 0; i + 1 < n.size(); i++) {
        if ((n.get(i).is("environ") || n.get(i).is("quelque")) && n.get(i + 1).isNumber() && n.get(i + 1).folded().length() <= 6
            && Integer.parseInt(n.get(i + 1).folded()) >= 1) { // "environ 0" is no quantity: ArmsTransfer rejects it
          return OptionalInt.of(Integer.parseInt(n.get(i + 1).folded()));
        }
      }
    }
    return OptionalInt.empty();
  }
}
