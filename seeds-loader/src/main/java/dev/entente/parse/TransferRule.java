package dev.entente.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Evidence;
import dev.entente.model.PartialDate;
import dev.entente.model.SystemCategory;
import dev.entente.model.TransferStatus;
import dev.entente.parse.Chunk.Nominal;
import dev.entente.parse.Chunk.Time;
import dev.entente.parse.Chunk.Verbal;
import dev.entente.parse.Chunk.Voice;
import dev.entente.parse.Clause.Argument;
import dev.entente.parse.Mention.CategoryMention;
import dev.entente.parse.Mention.StateMention;
import dev.entente.parse.Mention.WeaponMention;
import dev.entente.parse.TransferFrame.Role;
import dev.entente.text.FrenchText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads arms transfers from the roles of verbs and nouns, as {@code rules/transfer-frames.tsv}
 * gives them:
 *
 * <table>
 *   <caption>Who is who, by the frame and the voice</caption>
 *   <tr><th>construction</th><th>supplier</th><th>recipient</th><th>goods</th></tr>
 *   <tr><td>"X a livré Z à Y"</td><td>subject</td><td>"à"</td><td>direct object</td></tr>
 *   <tr><td>"Z ont été livrés à Y par X"</td><td>"par"</td><td>"à"</td><td>subject</td></tr>
 *   <tr><td>"Y s'est fait livrer Z par X"</td><td>"par"</td><td>subject</td><td>direct object</td></tr>
 *   <tr><td>"Y a acheté Z à X", "auprès de X"</td><td>"à", "auprès de"</td><td>subject</td><td>direct object</td></tr>
 *   <tr><td>"Y s'est doté de Z auprès de X"</td><td>"auprès de"</td><td>subject</td><td>"de"</td></tr>
 *   <tr><td>"la livraison par X à Y de Z"</td><td>"par"</td><td>"à"</td><td>"de"</td></tr>
 *   <tr><td>"Y a signé l'achat de Z à X"</td><td>"à"</td><td>subject of "signer"</td><td>"de"</td></tr>
 *   <tr><td>"les Z livrés par X"</td><td>"par"</td><td>the governing clause's subject</td><td>the noun qualified</td></tr>
 * </table>
 *
 * <p>The goods are the weapon systems of the goods phrase and of its "de" complements ("quatre
 * divisions de S-400"), or, with no designation, a concrete kind of equipment ("quatre
 * patrouilleurs"; vague words such as "armes" make none). A role the sentence leaves empty comes
 * from a state adjective on the goods ("chasseurs russes"), the system's origin, the clause's other
 * states, the parties of the article's previous transfer, or the article's main pair. The status is
 * the frame's, changed by tense, mood and modals ("livrera": ordered; "souhaite acheter":
 * negotiating; "a demandé": requested; "n'a pas encore livré": ordered), by the verb governing a
 * noun ("a signé l'achat": ordered), and by "sous licence". Negated and conditional ("si la
 * commande se confirme") clauses give none. Mentions with the same supplier, recipient and system
 * and no conflicting quantity are one transfer.
 */
final class TransferRule {

  static final String NAME = "TransferRule";
  /** Verbs before the transfer verb that leave it under consideration: "envisage d'acheter", "pourrait livrer". */
  private static final ImmutableSet<String> CONSIDERING =
      ImmutableSet.of("envisager", "projeter", "etudier", "negocier", "discuter", "pouvoir", "viser", "proposer", "examiner",
          "compter", "entendre", "prevoir", "tenter");
  /** Verbs before it that make it a wish or a request of the recipient: "souhaite acquérir", "a demandé à recevoir". */
  private static final ImmutableSet<String> REQUEST =
      ImmutableSet.of("demander", "solliciter", "reclamer", "requerir", "souhaiter", "vouloir", "desirer", "esperer",
          "chercher", "aimer", "ambitionner");
  /** Verbs before it that commit to a transfer still ahead: "a accepté de livrer", "s'est engagé à fournir". */
  private static final ImmutableSet<String> COMMITTING =
      ImmutableSet.of("accepter", "consentir", "promettre", "engager", "decider", "resoudre", "appreter");
  private static final ImmutableSet<String> DENIAL = ImmutableSet.of("dementir", "nier", "refuter", "exclure", "refuser", "renoncer");
  /** Heads of a goods phrase whose number counts a collection, not systems: "un lot de". */
  private static final ImmutableSet<String> COLLECTIVE =
      ImmutableSet.of("lot", "lots", "serie", "series", "flotte", "flottes", "partie", "ensemble", "tranche", "tranches",
          "total", "escadrille", "escadron", "batch", "contingent", "cargaison", "livraison", "commande");
  /** Units that a number of systems each fills: "deux escadrons de 18 Rafale" are 36. */
  private static final ImmutableSet<String> UNITS =
      ImmutableSet.of("escadron", "escadrons", "escadrille", "escadrilles", "bataillon", "bataillons", "regiment", "regiments",
          "flottille", "flottilles", "groupe", "groupes");
  /** Heads that refer back to a system named before: "une commande de 24 appareils". */
  private static final WordSet REFERRING =
      WordSet.of(List.of("appareil", "appareils", "exemplaire", "exemplaires", "unite", "unites", "modele", "modeles"));
  /** What announces a list of goods after a vague phrase. */
  private static final ImmutableSet<String> ANNOUNCERS =
      ImmutableSet.of("tel que", "telle que", "tels que", "telles que", "notamment", "y compris", "dont", "en particulier",
          "entre autres", "surtout", "principalement", "essentiellement");
  /** Verbs whose objects list what their subject holds: "la liste comporte ...". */
  private static final ImmutableSet<String> INCLUDING =
      ImmutableSet.of("comporter", "comprendre", "inclure", "englober", "regrouper", "compter", "composer", "contenir");
  /** Words after which a name designates a class of equipment: "de la classe Pohang". */
  private static final ImmutableSet<String> CLASS_WORDS = ImmutableSet.of("classe", "type", "modele", "famille");
  private static final ImmutableSet<String> FUTURE_WORDS = ImmutableSet.of("prochaine", "prochaines", "future", "futures", "prevue", "prevues");

  /** Family names written without a number, besides the makers: "MiG", "Mirage". */
  private static final ImmutableSet<String> FAMILIES = ImmutableSet.of("mig", "mirage", "rafale m");

  private final ImmutableTable<String, TransferFrame.Kind, TransferFrame> frames;
  private final ImmutableMap<String, GoverningVerb> governing;
  private final ImmutableSet<String> vague;
  private final ImmutableMap<String, String> makerPrefixes;
  private final ImmutableMap<String, TransferStatus> dealComplements;

  TransferRule(
      ImmutableTable<String, TransferFrame.Kind, TransferFrame> frames,
      ImmutableMap<String, GoverningVerb> governing,
      ImmutableList<LexiconLine> vague,
      ImmutableMap<String, String> makerPrefixes,
      ImmutableList<LexiconLine> dealComplements) {
    this.frames = frames;
    this.governing = governing;
    this.makerPrefixes = makerPrefixes;
    this.vague = LexiconLine.foldedWords(vague);
    ImmutableMap.Builder<String, TransferStatus> deal = ImmutableMap.builder();
    for (LexiconLine line : dealComplements) {
      String[] f = line.fields(2);
      deal.put(FrenchText.fold(f[0].strip()), line.enumValue(TransferStatus.class, f[1].strip()));
    }
    this.dealComplements = deal.buildOrThrow();
  }

  /**
   * A piece of goods: a system, or a concrete kind of equipment, with its count. {@code system} is
   * the catalogue's name, which the mentions of one system share ("MBT-2000"); {@code written} is
   * the article's ("VT-1A"), the same for a system the catalogue does not know.
   */
  private record Item(
      String system, String written, SystemCategory category, Optional<Country> origin, OptionalInt quantity, int from, int to,
      boolean designated) {

    /** The system a weapon mention names, with its origin and count. */
    static Item named(WeaponMention w, Optional<Country> origin, OptionalInt quantity, int from, int to) {
      WeaponEntry weapon = w.weapon();
      return new Item(weapon.designation(), writtenName(w.surface()), weapon.category(), origin.or(weapon::origin), quantity,
          from, to, true);
    }

    /** A kind of equipment or a system known only by the words of the article. */
    static Item described(String words, SystemCategory category, Optional<Country> origin, OptionalInt quantity, int from, int to,
        boolean designated) {
      return new Item(words, words, category, origin, quantity, from, to, designated);
    }

    Item withQuantity(OptionalInt count) {
      return new Item(system, written, category, origin, count, from, to, designated);
    }

    Item withOrigin(Optional<Country> country) {
      return new Item(system, written, category, country, quantity, from, to, designated);
    }

    /** Whether the article names the system otherwise than the catalogue ("VT-1A" for "MBT-2000"). */
    boolean writtenOtherwise() {
      return !FrenchText.squash(written).equals(FrenchText.squash(system));
    }
  }

  /**
   * The name of a system as the article writes it, without a word for a class before it:
   * "Bergamini" for "classe Bergamini", as "frégates de classe Bergamini" names them, but "Type
   * 054A", where the word belongs to the designation.
   */
  private static String writtenName(String surface) {
    int space = surface.indexOf(' ');
    if (space < 0 || !CLASS_WORDS.contains(FrenchText.fold(surface.substring(0, space)))) {
      return surface;
    }
    String name = surface.substring(space + 1);
    return name.chars().anyMatch(Character::isDigit) ? surface : name; // "Type 054A" is a designation
  }

  /** One reading of a transfer, before merging; {@code firm} when a verb, not a noun alone, gives its status. */
  private record Seen(
      Country supplier, Country recipient, Item item, TransferStatus status, boolean firm, Optional<PartialDate> date,
      Evidence evidence) {}

  ImmutableList<ArmsTransfer> apply(ArticleContext context) {
    SoFar soFar = new SoFar();
    int previousSentenceStart = 0; // where the transfers of the sentence before start in soFar.seen
    for (Sentence sentence : context.sentences) {
      int index = sentence.index();
      int start = soFar.seen.size();
      restateQuantity(context, index, soFar.seen, previousSentenceStart);
      previousSentenceStart = start;
      boolean namesGoods = context.mentions.get(index).stream().anyMatch(m -> m instanceof WeaponMention || m instanceof CategoryMention);
      if (!namesGoods && !(soFar.any() && REFERRING.containsAnyOf(sentence.tokens()))) {
        continue; // no goods named, nor a word that names again those of a transfer read before ("le dernier appareil")
      }
      SentenceStructure s = context.structure(index);
      List<Seen> own = new ArrayList<>();
      // finite clauses first: "Deux H145M commandés à l'Allemagne ont été livrés lundi" is a delivery,
      // the participle tells its history
      for (Clause clause : byFiniteFirst(s)) {
        readClause(context, s, clause, own, soFar);
      }
      for (int k = 0; k < s.chunks().size(); k++) {
        if (s.chunk(k) instanceof Nominal n && !n.pronoun()) {
          readNoun(context, s, k, own, soFar);
        }
      }
      List<Seen> read = distinct(own);
      if (!namesGoods) {
        read = referringBack(context, s, read, soFar);
      }
      deliveredByPronoun(context, s, read);
      read.forEach(x -> soFar.add(x, index));
    }
    return merge(soFar.seen);
  }

  /**
   * The transfers of a sentence that names no goods but words that name them again ("les
   * appareils", "ces blindés"): "ces quatre appareils" are the system named last, and a transfer
   * to a state the sentence names is new ("Les mêmes appareils ont été vendus à l'Égypte"); else
   * the phrase speaks of a transfer read before: of the same system, or the deal before ({@link
   * SoFar#dealBefore}: "Les six premiers appareils ont été livrés", "Le contrat porte sur 24
   * appareils"), never of a system named in passing since.
   */
  private static List<Seen> referringBack(ArticleContext context, SentenceStructure s, List<Seen> read, SoFar soFar) {
    List<Seen> out = new ArrayList<>();
    Set<Country> named = new HashSet<>(context.statesIn(s.sentence().index()));
    for (Seen x : read) {
      int at = s.chunkAt(x.item().from());
      boolean demonstrative = at >= 0 && s.chunk(at) instanceof Nominal n && n.determiner() == Chunk.Determiner.DEMONSTRATIVE;
      if (demonstrative || named.contains(x.recipient())
          || soFar.lastOf(x.item(), Optional.of(x.supplier()), Optional.of(x.recipient())).isPresent()) {
        out.add(x);
        continue;
      }
      soFar.dealBefore(s.sentence().index()).ifPresent(before -> {
        Item item = before.item().quantity().isPresent() ? before.item() : before.item().withQuantity(x.item().quantity());
        out.add(new Seen(before.supplier(), before.recipient(), item, x.status(), x.firm(),
            dateOf(x.status(), x.date(), Optional.of(before)), x.evidence()));
      });
    }
    return out;
  }

  private static List<Clause> byFiniteFirst(SentenceStructure s) {
    List<Clause> out = new ArrayList<>(s.clauses());
    out.sort(java.util.Comparator.comparing(c -> s.verbOf(c).form() == Chunk.Form.PARTICIPLE));
    return out;
  }

  /**
   * "a vendu des Akinci à l'Azerbaïdjan, qui les a déjà mis en service": a clause of delivery whose
   * object is a pronoun and whose subject is a recipient of the sentence says that transfer was
   * delivered.
   */
  private void deliveredByPronoun(ArticleContext context, SentenceStructure s, List<Seen> read) {
    List<Token> t = s.sentence().tokens();
    for (Clause clause : s.clauses()) {
      Verbal v = s.verbOf(clause);
      Optional<TransferFrame> frame = frameOf(s, clause, v);
      if (frame.isEmpty() || frame.get().status() != TransferStatus.DELIVERED || v.time() == Time.FUTURE
          || v.time() == Time.CONDITIONAL || v.polarity() != Chunk.Polarity.AFFIRMATIVE || !frame.get().rolesOf("subject").contains(Role.RECIPIENT)) {
        continue;
      }
      boolean pronounObject = false;
      for (int i = v.from(); i < v.main(); i++) {
        pronounObject |= t.get(i).is("les") || t.get(i).is("le") || t.get(i).is("la") || t.get(i).is("l");
      }
      Optional<Country> subject = first(context, s, clause.subject());
      if (!pronounObject || subject.isEmpty()) {
        continue;
      }
      Set<Country> subjects = new HashSet<>(List.of(subject.get()));
      if (v.plural() && clause.subjectSource() == Clause.SubjectSource.ANTECEDENT && !clause.subject().isEmpty()) {
        // "à l'Arabie saoudite et à l'Azerbaïdjan, qui les ont mis en service": the relative's plural is both
        for (int k = clause.subject().get(0) - 2; k >= 0 && s.isListSeparator(k + 1) && s.chunk(k) instanceof Nominal; k -= 2) {
          first(context, s, List.of(k)).ifPresent(subjects::add);
        }
      }
      for (int k = 0; k < read.size(); k++) {
        Seen x = read.get(k);
        if (subjects.contains(x.recipient()) && x.status() == TransferStatus.ORDERED) {
          read.set(k, new Seen(x.supplier(), x.recipient(), x.item(), TransferStatus.DELIVERED, true, x.date(), x.evidence()));
        }
      }
    }
  }

  /**
   * "Les armes, environ 600, seront fabriquées en Inde": a definite goods phrase that gives a
   * quantity, of its own or in apposition, right after the one transfer without quantity of the
   * sentence before, gives that transfer its quantity. The transfers of the sentence before are
   * {@code seen} from {@code from}.
   */
  private void restateQuantity(ArticleContext context, int sentence, List<Seen> seen, int from) {
    int target = -1;
    for (int i = from; i < seen.size(); i++) {
      if (seen.get(i).item().quantity().isEmpty()) {
        if (target >= 0) {
          return; // two transfers without quantity: which one the phrase restates is not said
        }
        target = i;
      }
    }
    if (target < 0) {
      return;
    }
    Seen x = seen.get(target);
    SentenceStructure s = context.structure(sentence);
    for (Clause clause : s.clauses()) {
      for (int k : clause.subject()) {
        if (!(s.chunk(k) instanceof Nominal n) || n.pronoun() || n.determiner() != Chunk.Determiner.DEFINITE
            && n.determiner() != Chunk.Determiner.DEMONSTRATIVE) {
          continue;
        }
        if (!namesGoodsOf(context, s, n, x)) {
          continue;
        }
        OptionalInt quantity = n.quantity();
        for (int a : s.appositionsOf(k)) {
          Nominal apposition = s.nominal(a);
          if (quantity.isEmpty() && apposition.quantity().isPresent() && s.sentence().tokens().get(apposition.head()).isNumber()) {
            quantity = apposition.quantity(); // "Les armes, environ 600,"
          }
        }
        if (quantity.isPresent()) {
          Item i = x.item();
          seen.set(target, new Seen(x.supplier(), x.recipient(),
              i.withQuantity(quantity),
              x.status(), x.firm(), x.date(), x.evidence()));
          return;
        }
      }
    }
  }

  /** Whether phrase {@code n} names the goods of {@code x} again: a vague goods word or a word of its category, no state of its own. */
  private boolean namesGoodsOf(ArticleContext context, SentenceStructure s, Nominal n, Seen x) {
    int index = s.sentence().index();
    String head = s.sentence().tokens().get(n.head()).folded();
    if (vague.contains(head)) {
      return true;
    }
    for (Mention m : context.outerMentions(index, n.from(), n.to())) {
      if (m instanceof CategoryMention cm && sameGroup(cm.category(), x.item().category())) {
        return true;
      }
    }
    return false;
  }

  // ---- verbs ----

  private void readClause(ArticleContext context, SentenceStructure s, Clause clause, List<Seen> out, SoFar soFar) {
    Verbal v = s.verbOf(clause);
    Optional<TransferFrame> found = frameOf(s, clause, v);
    if (found.isEmpty() || found.get().movesNothing() || isCancelled(s, clause, v)) {
      return;
    }
    TransferFrame frame = found.get();
    boolean licence = saysLicence(s, clause);
    Map<Role, List<Integer>> roles = new EnumMap<>(Role.class);
    boolean idiom = !clause.arguments().isEmpty() && frame.lemma().contains(" ");
    String subjectMarker = switch (v.voice()) {
      case PASSIVE -> "object";
      case CAUSATIVE_PASSIVE -> "à";
      default -> v.form() == Chunk.Form.PARTICIPLE ? "object" : "subject";
    };
    for (int subject : clause.subject()) {
      frame.rolesOf(subjectMarker).forEach(r -> roles.computeIfAbsent(r, k -> new ArrayList<>()).add(subject));
    }
    boolean agentIsPar = v.voice() == Voice.PASSIVE || v.voice() == Voice.CAUSATIVE_PASSIVE || v.form() == Chunk.Form.PARTICIPLE;
    for (Argument a : clause.arguments()) {
      if (idiom && a == clause.arguments().get(0)) {
        continue; // "en service" of "mettre en service"
      }
      String marker = frameMarker(a, agentIsPar);
      frame.rolesOf(marker).forEach(r -> roles.computeIfAbsent(r, k -> new ArrayList<>()).add(a.chunk()));
      if (marker.equals("de") && isFusedArticle(s, a.chunk())) {
        // "a fourni à l'Iran des S-300": after a noun, "des" reads as "de les", but it is the object's article
        frame.rolesOf("object").forEach(r -> roles.computeIfAbsent(r, k -> new ArrayList<>()).add(a.chunk()));
      }
    }
    List<Item> goods = goodsInRole(context, s, roles);
    if (goods.isEmpty()) {
      return;
    }
    Optional<Country> supplier = first(context, s, roles.get(Role.SUPPLIER));
    Optional<Country> recipient = first(context, s, roles.get(Role.RECIPIENT));
    if (recipient.isEmpty() && v.form() == Chunk.Form.PARTICIPLE
        && (frame.rolesOf("subject").contains(Role.SUPPLIER) || frame.rolesOf("subject").contains(Role.RECIPIENT) && supplier.isPresent())) {
      // "des MiG-21 donnés par l'URSS", "les F-16 rachetés à la Norvège": the recipient is who the governing clause is about
      Optional<Country> supplierNow = supplier;
      recipient = governingSubject(context, s, clause).filter(c -> !supplierNow.equals(Optional.of(c)));
    }
    if (recipient.isEmpty()) {
      // "a débarqué à Niamey des drones destinés à l'armée nigérienne": the goods say where they go
      Optional<Country> supplierNow = supplier;
      recipient = recipientOnGoods(context, s, clause, roles.getOrDefault(Role.GOODS, List.of()))
          .filter(c -> !supplierNow.equals(Optional.of(c)));
    }
    boolean contract = frame.rolesOf("subject").contains(Role.CONTRACT) || frame.rolesOf("object").contains(Role.CONTRACT);
    if (contract && !namesDeal(context, s, roles.getOrDefault(Role.CONTRACT, List.of()))) {
      return; // "l'arsenal comprend des Su-30" lists what a state holds, not what a deal covers
    }
    if (contract) {
      // "le contrat signé par New Delhi porte sur 36 Rafale": the contract's parties are the ends
      List<Country> ends = contractParties(context, s, roles.getOrDefault(Role.CONTRACT, List.of()));
      if (ends.isEmpty() && supplier.isEmpty() && recipient.isEmpty()) {
        // "Le contrat englobe aussi le missile Meteor": the deal read before, between its ends
        Optional<Seen> deal = soFar.dealBefore(s.sentence().index());
        if (deal.isPresent()) {
          ends = List.of(deal.get().recipient(), deal.get().supplier());
        }
      }
      for (Country c : ends) {
        if (recipient.isEmpty() && goods.stream().noneMatch(g -> g.origin().equals(Optional.of(c)))) {
          recipient = Optional.of(c);
        } else if (supplier.isEmpty() && !recipient.equals(Optional.of(c))) {
          supplier = Optional.of(c);
        }
      }
    }
    TransferStatus status = licence || frame.licence() ? TransferStatus.LICENSED_PRODUCTION
        : governedInfinitive(s, clause)
            .or(() -> contract ? contractGoverned(s, clause) : Optional.empty())
            .orElseGet(() -> status(frame.status(), v));
    if (frame.explicit() && recipient.isEmpty()) {
      return; // "a envoyé des avions" to an exercise moves nothing between states unless it says to whom
    }
    for (Optional<Country> each : recipientsOf(context, s, roles, supplier, recipient)) {
      emit(context, s, clause, goods, supplier, each, status, true, frame.licence() && !licence, out, soFar);
    }
  }

  /**
   * The recipients to emit a transfer to: each of the states the recipient role names, when it
   * names two or more and the supplier is known and not among them ("a vendu des drones Akinci à
   * l'Arabie saoudite et à l'Azerbaïdjan", "la vente d'obusiers à la Pologne et à l'Australie");
   * else the one recipient read.
   */
  private List<Optional<Country>> recipientsOf(
      ArticleContext context, SentenceStructure s, Map<Role, List<Integer>> roles, Optional<Country> supplier, Optional<Country> recipient) {
    List<Country> recipients = distinctCountries(context, s, roles.get(Role.RECIPIENT));
    if (recipients.size() >= 2 && supplier.isPresent() && !recipients.contains(supplier.get())) {
      return recipients.stream().map(Optional::of).toList();
    }
    return List.of(recipient);
  }

  /** The states of chunks that each name one state, in order, each once: "à l'Arabie saoudite et à l'Azerbaïdjan". */
  private List<Country> distinctCountries(ArticleContext context, SentenceStructure s, List<Integer> chunks) {
    List<Country> out = new ArrayList<>();
    if (chunks == null) {
      return out;
    }
    for (int c : chunks) {
      List<Party> parties = context.parties.partiesOf(context, s, c);
      if (parties.size() == 1 && parties.get(0).country().isPresent() && !out.contains(parties.get(0).country().get())) {
        out.add(parties.get(0).country().get());
      }
    }
    return out;
  }

  private Optional<TransferFrame> frameOf(SentenceStructure s, Clause clause, Verbal v) {
    if (!clause.arguments().isEmpty() && !clause.arguments().get(0).fronted()) {
      // "a mis en service", "a pris livraison de": a verb and its first complement
      // up to the complement's head too: "a accusé réception mardi des Rafale"
      Nominal first = s.nominal(clause.arguments().get(0).chunk());
      for (int end : new int[] {first.to(), first.head() + 1}) {
        if (end > first.from() && end <= first.to()) {
          String two = v.lemma() + " " + FrenchText.fold(s.sentence().textOf(first.from(), end));
          TransferFrame idiom = frames.get(two, TransferFrame.Kind.VERB);
          if (idiom != null) {
            return Optional.of(idiom);
          }
        }
      }
    }
    if (v.voice() == Voice.PRONOMINAL) {
      return Optional.ofNullable(frames.get(v.lemma(), TransferFrame.Kind.PRONOMINAL));
    }
    return Optional.ofNullable(frames.get(v.lemma(), TransferFrame.Kind.VERB));
  }

  /**
   * Whether the phrases in the contract role name a deal: an agreement word ("le contrat", "l'accord"),
   * a word of a transfer ("la commande", "la vente") or a batch of one ("la deuxième tranche").
   */
  private boolean namesDeal(ArticleContext context, SentenceStructure s, List<Integer> chunks) {
    List<Token> t = s.sentence().tokens();
    for (int chunk : chunks) {
      Nominal n = s.nominal(chunk);
      if (n.head() < 0 || n.pronoun()) {
        continue;
      }
      String head = t.get(n.head()).folded();
      if (context.words.agreementKinds.startsWith(head) || COLLECTIVE.contains(head)
          || frames.contains(singular(head), TransferFrame.Kind.NOUN)) {
        return true;
      }
    }
    return false;
  }

  /** The states party to the contracts named by chunks: their participles' "par" and "avec", their "entre" and "avec" complements. */
  private List<Country> contractParties(ArticleContext context, SentenceStructure s, List<Integer> chunks) {
    List<Country> out = new ArrayList<>();
    for (int chunk : chunks) {
      List<Integer> phrases = new ArrayList<>();
      for (Argument a : s.complementsOf(chunk)) {
        if (a.marker().equals("entre") || a.marker().equals("avec")) {
          phrases.add(a.chunk());
        }
      }
      for (Clause c : s.clauses()) {
        if (s.verbOf(c).form() == Chunk.Form.PARTICIPLE && c.subject().contains(chunk)) {
          // "le contrat signé par New Delhi", "signé entre l'Égypte et l'Italie"
          c.arguments().stream().filter(a -> a.marker().equals("par") || a.marker().equals("avec") || a.marker().equals("entre"))
              .forEach(a -> phrases.add(a.chunk()));
        }
      }
      for (int k : phrases) {
        for (Party p : context.parties.partiesOf(context, s, k)) {
          p.country().filter(c -> !out.contains(c)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static boolean isFusedArticle(SentenceStructure s, int chunk) {
    Token first = s.sentence().tokens().get(s.chunk(chunk).from());
    return first.is("des") || first.is("du");
  }

  /** Whether a clause says the transfer does not happen: negated, denied, or only supposed ("si"). */
  private static boolean isCancelled(SentenceStructure s, Clause clause, Verbal v) {
    if (v.polarity() == Chunk.Polarity.NEGATIVE || clause.opener().equals("si") || clause.opener().equals("s")) {
      return true;
    }
    for (String lemma : v.chain()) {
      if (DENIAL.contains(lemma)) {
        return true;
      }
    }
    if (clause.parent() >= 0) {
      Clause parent = s.clauses().get(clause.parent());
      Verbal p = s.verbOf(parent);
      return clause.kind() != Clause.Kind.MAIN && (DENIAL.contains(p.lemma()) || p.polarity() == Chunk.Polarity.NEGATIVE
          && clause.kind() == Clause.Kind.INFINITIVAL);
    }
    return false;
  }

  /** The status a verb group gives a frame's status. */
  private static TransferStatus status(TransferStatus base, Verbal v) {
    if (base == TransferStatus.LICENSED_PRODUCTION) {
      return base;
    }
    for (String lemma : v.chain()) {
      if (REQUEST.contains(lemma)) {
        return TransferStatus.REQUESTED;
      }
      if (CONSIDERING.contains(lemma)) {
        return TransferStatus.NEGOTIATING;
      }
    }
    if (v.time() == Time.CONDITIONAL && !isReported(v)) {
      return v.chain().contains("devoir") ? later(base) : TransferStatus.NEGOTIATING;
    }
    if (v.time() == Time.FUTURE || v.chain().contains("devoir") || v.chain().contains("aller")
        || v.polarity() == Chunk.Polarity.NOT_YET || v.chain().stream().anyMatch(COMMITTING::contains)) {
      return later(base);
    }
    return base;
  }

  /**
   * What the verb governing a transfer noun says of the deal beyond its own status: wished
   * ("souhaite conclure"), considered ("envisage de signer", "visent à conclure", "signera",
   * "devrait signer"). Empty when it says nothing more.
   */
  private static Optional<TransferStatus> modality(Verbal v) {
    for (String lemma : v.chain()) {
      if (REQUEST.contains(lemma)) {
        return Optional.of(TransferStatus.REQUESTED);
      }
      if (CONSIDERING.contains(lemma) || lemma.equals("devoir") || lemma.equals("aller")) {
        return Optional.of(TransferStatus.NEGOTIATING);
      }
    }
    if (v.time() == Time.FUTURE || v.time() == Time.CONDITIONAL && !isReported(v)) {
      return Optional.of(TransferStatus.NEGOTIATING);
    }
    return Optional.empty();
  }

  /**
   * What a complement of the clause around a transfer noun says of the deal: planned ("est en
   * discussion avec la Russie pour l'achat"), approved ("a reçu le feu vert"), both NEGOTIATING;
   * wished ("a l'intention de"), REQUESTED; held up ("accuse un retard"), ORDERED. A participle
   * describes the noun it follows: "en négociation avancée avec l'Inde pour l'achat" is planned.
   */
  private Optional<TransferStatus> planned(SentenceStructure s, Clause clause) {
    List<Token> t = s.sentence().tokens();
    List<Integer> phrases = new ArrayList<>();
    if (clause.kind() == Clause.Kind.PARTICIPIAL && clause.subjectSource() == Clause.SubjectSource.ANTECEDENT) {
      phrases.addAll(clause.subject());
    }
    clause.arguments().forEach(a -> phrases.add(a.chunk()));
    for (int chunk : phrases) {
      Optional<TransferStatus> said = dealComplement(t, s.nominal(chunk));
      if (said.isPresent()) {
        return said;
      }
    }
    return Optional.empty();
  }

  /** What the head of a phrase, alone or with the word after it ("feu vert"), says of a deal (see deal-complements.tsv). */
  private Optional<TransferStatus> dealComplement(List<Token> t, Nominal n) {
    if (n.head() < 0 || n.head() >= t.size()) {
      return Optional.empty();
    }
    String head = t.get(n.head()).folded();
    if (n.head() + 1 < n.to()) {
      TransferStatus two = dealComplements.get(head + " " + t.get(n.head() + 1).folded());
      if (two != null) {
        return Optional.of(two);
      }
    }
    return Optional.ofNullable(dealComplements.get(head));
  }

  /** "il est question d'acquérir", "a l'intention d'acheter": an infinitive under a noun of plan or wish. */
  private Optional<TransferStatus> governedInfinitive(SentenceStructure s, Clause clause) {
    if (clause.kind() != Clause.Kind.INFINITIVAL || clause.parent() < 0) {
      return Optional.empty();
    }
    Clause parent = s.clauses().get(clause.parent());
    List<Token> t = s.sentence().tokens();
    for (Argument a : parent.arguments()) {
      if (a.chunk() > clause.verb()) {
        break;
      }
      Optional<TransferStatus> said = dealComplement(t, s.nominal(a.chunk()))
          .filter(st -> st == TransferStatus.NEGOTIATING || st == TransferStatus.REQUESTED); // a delay holds up goods, not an infinitive
      if (said.isPresent()) {
        return said;
      }
    }
    return Optional.empty();
  }

  /**
   * The status a verb that governs a transfer noun as its subject gives it, when the verb says the
   * step is still ahead: "le contrat devrait être signé" orders nothing yet (NEGOTIATING), "la
   * livraison commencera" delivers nothing yet (ORDERED).
   */
  private static TransferStatus ahead(TransferStatus base, Verbal v) {
    boolean ahead = v.time() == Time.FUTURE || v.time() == Time.CONDITIONAL && !isReported(v) || v.chain().contains("devoir")
        || v.chain().contains("aller") || v.polarity() == Chunk.Polarity.NOT_YET;
    if (!ahead) {
      return base;
    }
    return switch (base) {
      case ORDERED -> TransferStatus.NEGOTIATING;
      case DELIVERED -> TransferStatus.ORDERED;
      default -> base;
    };
  }

  /**
   * The status of the goods of a contract described by a participle, from the verb the contract
   * noun depends on: "le contrat portant sur 18 Caesar devrait être signé" (NEGOTIATING), "Paris va
   * signer le contrat portant sur" (NEGOTIATING). Empty when no governing verb says more.
   */
  private Optional<TransferStatus> contractGoverned(SentenceStructure s, Clause clause) {
    if (clause.subjectSource() != Clause.SubjectSource.ANTECEDENT || clause.subject().size() != 1) {
      return Optional.empty();
    }
    return governedNoun(s, clause.subject().get(0), clause);
  }

  /**
   * The status the governing verb of a noun phrase gives the goods of the transfer or contract
   * it names, when a clause other than {@code except} has the phrase as its subject ("le contrat
   * sera signé") or direct object ("va signer le contrat").
   */
  private Optional<TransferStatus> governedNoun(SentenceStructure s, int noun, Clause except) {
    for (Clause other : s.clauses()) {
      if (other == except) {
        continue;
      }
      Verbal v = s.verbOf(other);
      GoverningVerb g = governing.get(v.lemma());
      if (g == null || g.transfer().isEmpty()) {
        continue;
      }
      if (other.subject().contains(noun) && other.subjectSource() != Clause.SubjectSource.ANTECEDENT) {
        return Optional.of(ahead(g.transfer().get(), v));
      }
      if (other.arguments().stream().anyMatch(a -> a.chunk() == noun && a.marker().isEmpty())) {
        return Optional.of(modality(v).orElse(g.transfer().get()));
      }
    }
    return Optional.empty();
  }

  /** "aurait commandé": a past conditional with no modal before it reports, it does not wish. */
  private static boolean isReported(Verbal v) {
    return v.time() == Time.CONDITIONAL && v.chain().isEmpty() && v.main() > v.from() && v.form() == Chunk.Form.FINITE;
  }

  /** What a transfer that will happen is: ordered, when the word says delivered. */
  private static TransferStatus later(TransferStatus base) {
    return base == TransferStatus.DELIVERED ? TransferStatus.ORDERED : base;
  }

  private static boolean saysLicence(SentenceStructure s, Clause clause) {
    List<Token> t = s.sentence().tokens();
    int from = s.chunk(clause.verb()).from();
    int to = clause.arguments().isEmpty() ? s.chunk(clause.verb()).to() : s.chunk(clause.arguments().get(clause.arguments().size() - 1).chunk()).to();
    return saysLicence(t, Math.max(0, from - 3), Math.min(t.size(), to + 4));
  }

  private static boolean saysLicence(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).is("licence") || t.get(k).is("license")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Country> governingSubject(ArticleContext context, SentenceStructure s, Clause clause) {
    for (int p = clause.parent(); p >= 0; p = s.clauses().get(p).parent()) {
      Clause parent = s.clauses().get(p);
      Optional<Country> c = first(context, s, parent.subject());
      if (c.isPresent()) {
        return c;
      }
      if (parent.parent() >= p) {
        break;
      }
    }
    for (Clause other : s.clauses()) {
      if (s.verbOf(other).form() == Chunk.Form.FINITE && other.verb() < clause.verb()) {
        Optional<Country> c = first(context, s, other.subject());
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The frame marker an argument fills: "object" for a bare phrase, "subject" for the agent of a
   * passive or a participle ({@code agentIsPar}: "livrés par la Russie"), else its preposition.
   */
  private static String frameMarker(Argument a, boolean agentIsPar) {
    return a.marker().isEmpty() ? "object" : agentIsPar && a.marker().equals("par") ? "subject" : a.marker();
  }

  /**
   * The recipient a participle on the goods names, read by the participle's own frame: "des
   * blindés destinés à l'armée kényane", "des chars commandés par le Maroc". Empty when no
   * participle of a transfer word describes the goods, or it names no recipient.
   */
  private Optional<Country> recipientOnGoods(ArticleContext context, SentenceStructure s, Clause clause, List<Integer> goods) {
    for (Clause other : s.clauses()) {
      Verbal w = s.verbOf(other);
      if (other == clause || w.form() != Chunk.Form.PARTICIPLE || java.util.Collections.disjoint(other.subject(), goods)) {
        continue;
      }
      Optional<TransferFrame> frame = frameOf(s, other, w);
      if (frame.isEmpty() || frame.get().movesNothing() || !frame.get().rolesOf("object").contains(Role.GOODS)) {
        continue;
      }
      for (Argument a : other.arguments()) {
        if (frame.get().rolesOf(frameMarker(a, true)).contains(Role.RECIPIENT)) { // a participle's agent is its "par"
          Optional<Country> found = first(context, s, List.of(a.chunk()));
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---- nouns ----

  /**
   * Reads the complements of a participle of a governing verb that describes the noun as the
   * noun's own: in "la commande de 40 Boxer passée par le Qatar à l'Allemagne", "par" is the
   * agent of "passer" and so the noun's agent, and "à" fills the role "à" has in the noun's frame.
   */
  private void addParticipleRoles(SentenceStructure s, int chunk, TransferFrame frame, Map<Role, List<Integer>> roles) {
    Optional<Clause> around = s.clauseAround(chunk);
    if (around.isEmpty() || !describes(around.get(), chunk)) {
      return;
    }
    GoverningVerb g = governing.get(s.verbOf(around.get()).lemma());
    if (g == null || g.subject() != GoverningVerb.SubjectRole.AGENT) {
      return;
    }
    for (Argument a : around.get().arguments()) {
      List<Role> filled = a.marker().equals("par") ? frame.agent().stream().toList() : frame.rolesOf(a.marker());
      for (Role r : filled) {
        if (r != Role.GOODS && !roles.containsKey(r)) {
          roles.put(r, new ArrayList<>(List.of(a.chunk())));
        }
      }
    }
  }

  /** Whether {@code clause} is a participle that describes noun phrase {@code chunk}: "la commande passée par le Qatar". */
  private static boolean describes(Clause clause, int chunk) {
    return clause.kind() == Clause.Kind.PARTICIPIAL && clause.subject().equals(List.of(chunk));
  }

  private void readNoun(ArticleContext context, SentenceStructure s, int chunk, List<Seen> out, SoFar soFar) {
    Nominal n = s.nominal(chunk);
    List<Token> t = s.sentence().tokens();
    if (n.head() < 0 || n.head() >= t.size()) {
      return;
    }
    TransferFrame frame = frames.get(singular(t.get(n.head()).folded()), TransferFrame.Kind.NOUN);
    if (frame == null) {
      return;
    }
    ImmutableList<Argument> complements = s.complementsOf(chunk);
    boolean licence = saysLicence(t, n.head(), Math.min(t.size(), (complements.isEmpty() ? n.to() : s.chunk(complements.get(complements.size() - 1).chunk()).to()) + 3));
    Map<Role, List<Integer>> roles = new EnumMap<>(Role.class);
    for (Argument a : complements) {
      frame.rolesOf(a.marker()).forEach(r -> roles.computeIfAbsent(r, k -> new ArrayList<>()).add(a.chunk()));
    }
    addParticipleRoles(s, chunk, frame, roles);
    List<Item> goods = goodsInRole(context, s, roles);
    if (goods.isEmpty()) {
      return;
    }
    Optional<Country> supplier = first(context, s, roles.get(Role.SUPPLIER));
    Optional<Country> recipient = first(context, s, roles.get(Role.RECIPIENT));
    Optional<Role> adjectiveRole = frame.rolesOf("adjective").stream().findFirst();
    for (Mention m : context.outerMentions(s.sentence().index(), n.head(), n.to())) {
      if (m instanceof StateMention st && st.form() == StateForm.ADJ && st.countries().size() == 1 && adjectiveRole.isPresent()) {
        if (adjectiveRole.get() == Role.SUPPLIER && supplier.isEmpty()) {
          supplier = Optional.of(st.countries().get(0)); // "les ventes russes"
        } else if (adjectiveRole.get() == Role.RECIPIENT && recipient.isEmpty()) {
          recipient = Optional.of(st.countries().get(0)); // "l'achat turc de S-400"
        }
      }
    }
    Optional<Clause> clause = s.clauseAround(chunk);
    TransferStatus status = frame.status();
    boolean firm = false;
    if (clause.isPresent()) {
      Verbal v = s.verbOf(clause.get());
      if (isCancelled(s, clause.get(), v) || DENIAL.contains(v.lemma()) && clause.get().verb() < chunk) {
        return; // "Hanoï a démenti tout achat de chasseurs": the object of a denial did not happen
      }
      GoverningVerb g = governing.get(v.lemma());
      if (g != null && clause.get().verb() < chunk) {
        status = g.transfer().orElse(status);
        firm = g.transfer().isPresent();
        status = modality(v).orElse(status); // "visent à conclure le contrat sur la livraison": not yet ordered
        Optional<Country> subject = first(context, s, clause.get().subject());
        Optional<Role> subjectRole = g.subject() == GoverningVerb.SubjectRole.AGENT ? frame.agent()
            : g.subject() == GoverningVerb.SubjectRole.RECIPIENT ? Optional.of(Role.RECIPIENT) : Optional.empty();
        if (subject.isPresent() && subjectRole.isPresent() && clause.get().subject().size() == 1) {
          if (subjectRole.get() == Role.SUPPLIER && supplier.isEmpty()) {
            supplier = subject;
          } else if (subjectRole.get() == Role.RECIPIENT && recipient.isEmpty()) {
            recipient = subject;
          }
        }
      } else if (g != null) {
        status = g.transfer().map(st -> ahead(st, v)).orElse(status); // "la livraison est prévue pour 2020"
        firm = g.transfer().isPresent();
      }
      if (describes(clause.get(), chunk)) {
        Optional<TransferStatus> main = governedNoun(s, chunk, clause.get()); // "la commande passée par X sera signée"
        if (main.isPresent()) {
          status = main.get();
          firm = true;
        }
      }
      Optional<TransferStatus> planned = planned(s, clause.get());
      if (planned.isPresent()) {
        status = planned.get(); // "est en discussion avec la Russie pour l'achat de"
        firm = true;
      } else if (g == null || g.transfer().isEmpty()) {
        TransferStatus byVerb = status(status, v);
        if (v.time() == Time.FUTURE || v.time() == Time.CONDITIONAL || !v.chain().isEmpty()) {
          status = byVerb;
          firm = true;
        }
      }
    }
    if (status == TransferStatus.DELIVERED && (saysFuture(t, n) || underContract(t, n))) {
      status = TransferStatus.ORDERED; // "la livraison prochaine", "un contrat portant sur la livraison de"
    }
    if (licence || frame.licence()) {
      status = TransferStatus.LICENSED_PRODUCTION;
    }
    Optional<Clause> signing = clause.flatMap(c -> signingClause(s, c));
    if (supplier.isEmpty() && recipient.isPresent() && signing.isPresent()) {
      // "l'Argentine a signé avec la Norvège le contrat d'achat de P-3C", "la Serbie et la Biélorussie
      // ont signé un accord prévoyant la livraison à Belgrade de MiG-29": the other signatory
      // sells, whoever built the aircraft
      supplier = otherInClause(context, s, signing.get(), recipient);
    }
    if (n.determiner() == Chunk.Determiner.POSSESSIVE && clause.isPresent() && frame.agent().isPresent()) {
      // "ses ventes d'obusiers à la Pologne": the owner is who the clause is about
      Optional<Country> owner = governingSubject(context, s, clause.get());
      if (frame.agent().get() == Role.SUPPLIER && supplier.isEmpty() && !owner.equals(recipient)) {
        supplier = owner;
      } else if (frame.agent().get() == Role.RECIPIENT && recipient.isEmpty() && !owner.equals(supplier)) {
        recipient = owner;
      }
    }
    for (Optional<Country> each : recipientsOf(context, s, roles, supplier, recipient)) {
      emit(context, s, clause.orElse(null), goods, supplier, each, status, firm, frame.licence() && !licence, out, soFar);
    }
  }

  /** The clause of signing a transfer noun's clause is, or describes the object of ("un accord prévoyant la livraison"). */
  private Optional<Clause> signingClause(SentenceStructure s, Clause clause) {
    if (isSigning(s, clause)) {
      return Optional.of(clause);
    }
    if (clause.subjectSource() != Clause.SubjectSource.ANTECEDENT || clause.subject().isEmpty()) {
      return Optional.empty();
    }
    int described = clause.subject().get(0);
    return s.clauses().stream()
        .filter(c -> c != clause && isSigning(s, c) && c.arguments().stream().anyMatch(a -> a.chunk() == described))
        .findFirst();
  }

  private boolean isSigning(SentenceStructure s, Clause clause) {
    GoverningVerb g = governing.get(s.verbOf(clause).lemma());
    return g != null && g.agreement().isPresent();
  }

  private static String singular(String folded) {
    if (folded.endsWith("s") && folded.length() > 3) {
      return folded.substring(0, folded.length() - 1);
    }
    return folded;
  }

  /** Whether a contract or an order governs the noun: "un contrat portant sur la livraison", "une commande pour la fourniture". */
  private static boolean underContract(List<Token> t, Nominal n) {
    for (int k = Math.max(0, n.from() - 6); k < n.from(); k++) {
      String f = t.get(k).folded();
      if (f.equals("contrat") || f.equals("contrats") || f.equals("commande") || f.equals("accord") || f.equals("protocole")) {
        return true;
      }
      if (f.equals(".") || f.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static boolean saysFuture(List<Token> t, Nominal n) {
    for (int k = n.head(); k < Math.min(t.size(), n.to() + 1); k++) {
      if (FUTURE_WORDS.contains(t.get(k).folded())) {
        return true;
      }
    }
    return false;
  }

  // ---- goods ----

  /**
   * The goods a phrase names: its systems and those of its "de" complements; the system an
   * anaphoric phrase refers to ("ces quatre appareils", "des appareils de ce type"); the list a vague
   * phrase announces ("des équipements ... comporte 30 MiG-29, ..."); or a concrete kind of
   * equipment ("quatre patrouilleurs").
   */
  private List<Item> goodsOf(ArticleContext context, SentenceStructure s, int chunk) {
    List<Item> items = goodsOf(context, s, chunk, true);
    if (!items.isEmpty() && items.stream().noneMatch(Item::designated)) {
      // "un lot d'aéronefs militaires, dont deux bombardiers Su-24 et un Mi-24P": the systems it lists
      List<Item> listed = announced(context, s, chunk).stream().filter(Item::designated).toList();
      if (!listed.isEmpty()) {
        return listed;
      }
    }
    OptionalInt restated = items.size() == 1 && items.get(0).quantity().isEmpty() ? restatedCount(s, chunk) : OptionalInt.empty();
    if (restated.isPresent()) {
      Item i = items.get(0);
      return List.of(i.withQuantity(restated));
    }
    return items;
  }

  /** "sa flotte de MiG-29, soit treize appareils": the count a phrase and its complements are restated by. */
  private static OptionalInt restatedCount(SentenceStructure s, int chunk) {
    int k = chunk + 1;
    while (k < s.chunks().size() && s.chunk(k) instanceof Nominal n && n.marker().equals("de")) {
      k++;
    }
    if (k + 2 < s.chunks().size() && s.isComma(k) && s.chunk(k + 1) instanceof Chunk.Marker m && m.tag() == Tag.COORD
        && s.sentence().tokens().get(m.from()).is("soit") && s.chunk(k + 2) instanceof Nominal count) {
      return count.quantity();
    }
    return OptionalInt.empty();
  }

  private List<Item> goodsOf(ArticleContext context, SentenceStructure s, int chunk, boolean expand) {
    Nominal n = s.nominal(chunk);
    int sentence = s.sentence().index();
    List<Token> t = s.sentence().tokens();
    List<Item> items = new ArrayList<>();
    Optional<Country> origin = context.parties.originOf(context, s, chunk);
    CategoryMention category = null;
    for (Mention m : context.outerMentions(sentence, n.head(), n.to())) {
      if (m instanceof WeaponMention w) {
        items.add(Item.named(w, origin, n.quantity(), w.from(), w.to()));
      } else if (m instanceof CategoryMention c && category == null) {
        category = c;
      }
    }
    if (!items.isEmpty()) {
      return items;
    }
    String head = n.head() >= 0 && n.head() < t.size() ? t.get(n.head()).folded() : "";
    boolean counts = !COLLECTIVE.contains(head);
    boolean bare = n.quantity().isPresent() && n.head() >= 0 && t.get(n.head()).isNumber();
    if ((bare || COLLECTIVE.contains(head) || head.equals("moitie") || head.equals("reste") || isRank(head)) && expand) {
      // "116 de ces blindés", "l'ensemble des appareils", "un premier lot de six J-10CE": the goods of the complement
      // and those coordinated to it: "un lot de chars T-72, ainsi que des blindés BRDM-2"
      List<Item> out = new ArrayList<>();
      for (Argument a : s.complementsOf(chunk)) {
        if (!a.marker().equals("de")) {
          break;
        }
        List<Item> inner = goodsOf(context, s, a.chunk(), true);
        if (inner.isEmpty()) {
          break;
        }
        for (Item i : inner) {
          OptionalInt q = bare && out.isEmpty() ? n.quantity() : i.quantity();
          out.add(i.withOrigin(i.origin().or(() -> origin)).withQuantity(q));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    CategoryMention complementCategory = null;
    for (Argument a : s.complementsOf(chunk)) {
      // "de défense sol-air", and a quality that ends in the designation: "à longue portée FD-2000B"
      if (!a.marker().equals("de") && !(a.marker().equals("à") && namesWeapon(context, s, a.chunk()))) {
        break;
      }
      Nominal c = s.nominal(a.chunk());
      for (Mention m : context.outerMentions(sentence, c.head(), c.to())) {
        if (m instanceof WeaponMention w) {
          OptionalInt quantity = c.quantity().isPresent() ? c.quantity() : counts ? n.quantity() : OptionalInt.empty();
          if (c.quantity().isPresent() && n.quantity().isPresent() && UNITS.contains(head)) {
            quantity = OptionalInt.of(c.quantity().getAsInt() * n.quantity().getAsInt()); // "deux escadrons de 18 Rafale"
          }
          Optional<Country> own = context.parties.originOf(context, s, a.chunk()).or(() -> origin);
          items.add(Item.named(w, own, quantity, w.from(), w.to()));
        } else if (m instanceof CategoryMention cm && complementCategory == null) {
          complementCategory = cm;
        }
      }
      if (!items.isEmpty()) {
        return items; // "quatre divisions de S-400", "12 avions de combat de type Su-30 MK-2"
      }
    }
    // "des pièces" is vague, "des pièces d'artillerie" a kind: the longest kind named at the head decides
    boolean isVague = category != null && category.from() == n.head() ? vague.contains(FrenchText.fold(category.surface()))
        : vague.contains(head) || category != null && vague.contains(FrenchText.fold(category.surface()));
    if (n.determiner() == Chunk.Determiner.DEMONSTRATIVE && (isVague || category != null) || refersBack(s, chunk)
        || REFERRING.contains(head)) {
      // "ces quatre appareils", "des appareils de ce type", "une commande de 24 appareils"
      Optional<WeaponMention> last = context.lastWeaponBefore(sentence, n.from(), 2);
      if (last.isPresent()) {
        items.add(Item.named(last.get(), origin, n.quantity(), n.head(), n.to()));
        return items;
      }
      if (REFERRING.contains(head)) {
        return items;
      }
    }
    if (isVague) {
      if (expand) {
        items.addAll(announced(context, s, chunk));
      }
      if (items.isEmpty() && complementCategory != null && !vague.contains(FrenchText.fold(complementCategory.surface()))) {
        // "du matériel d'artillerie"
        int end = s.chunk(s.chunkAt(complementCategory.from())).to();
        items.add(Item.described(s.sentence().textOf(n.head(), end), complementCategory.category(), origin, n.quantity(), n.head(), end, false));
      }
      return items;
    }
    if (category != null) {
      Optional<int[]> named = className(s, chunk);
      if (named.isPresent()) {
        int[] span = named.get();
        items.add(Item.described(s.sentence().textOf(span[0], span[1]), category.category(), origin, n.quantity(), span[0], span[1], true));
        return items;
      }
      int end = kindEnd(context, s, n);
      String kind = s.sentence().textOf(n.head(), end);
      items.add(Item.described(kind, category.category(), origin, n.quantity(), n.head(), end, false));
    }
    return items;
  }

  /**
   * The token span of the name a kind's first complement gives its class or type: "deux corvettes
   * de la classe Pohang", "des frégates du type Meko", "des blindés de modèle Cobra II", in one of
   * the first two complements; a number names with its word: "des corvettes de type 056" gives
   * "type 056". Empty when no capitalized name or number follows the word.
   */
  private static Optional<int[]> className(SentenceStructure s, int chunk) {
    List<Token> t = s.sentence().tokens();
    int seen = 0;
    for (Argument a : s.complementsOf(chunk)) {
      if (!a.marker().equals("de") || ++seen > 2) {
        return Optional.empty();
      }
      Nominal c = s.nominal(a.chunk());
      if (c.head() < 0 || !CLASS_WORDS.contains(t.get(c.head()).folded())) {
        continue; // "des destroyers d'occasion de la classe Abukuma"
      }
      int from = c.head() + 1;
      int to = from;
      // the chunker puts a number after a noun in a phrase of its own: "de type" and "056"
      int end = from < t.size() && t.get(from).isNumber() ? t.size() : c.to();
      while (to < end && (t.get(to).capitalized() || t.get(to).isNumber() || to > from && t.get(to).is("-"))) {
        to++;
      }
      if (to == from) {
        return Optional.empty();
      }
      // "de type 056" names the Type 056: a number alone is no name without its word
      return Optional.of(new int[] {t.get(from).isNumber() ? c.head() : from, to});
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[a-z-]+iemes?");

  /** "le premier des quatre patrouilleurs", "le dernier", "le troisième": a rank among the goods of the complement. */
  private static boolean isRank(String head) {
    return head.startsWith("premier") || head.startsWith("dernier") || ORDINAL.matcher(head).matches();
  }

  /** The goods the phrases in the goods role name, in order. */
  private List<Item> goodsInRole(ArticleContext context, SentenceStructure s, Map<Role, List<Integer>> roles) {
    List<Item> goods = new ArrayList<>();
    for (int chunk : roles.getOrDefault(Role.GOODS, List.of())) {
      goods.addAll(goodsOf(context, s, chunk));
    }
    return goods;
  }

  /** Whether a phrase holds the name of a weapon system. */
  private static boolean namesWeapon(ArticleContext context, SentenceStructure s, int chunk) {
    Nominal c = s.nominal(chunk);
    return context.outerMentions(s.sentence().index(), c.from(), c.to()).stream().anyMatch(m -> m instanceof WeaponMention);
  }

  /** Whether a phrase says its goods are of a kind named before: "de ce type", "du même modèle". */
  private static boolean refersBack(SentenceStructure s, int chunk) {
    List<Token> t = s.sentence().tokens();
    for (Argument a : s.complementsOf(chunk)) {
      Nominal c = s.nominal(a.chunk());
      for (int k = c.from(); k + 1 < c.to(); k++) {
        if ((t.get(k).is("ce") || t.get(k).is("cette") || t.get(k).is("meme"))
            && (t.get(k + 1).is("type") || t.get(k + 1).is("modele") || t.get(k + 1).is("classe") || t.get(k + 1).is("genre"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The goods a vague phrase announces in the rest of its sentence: after "tels que", "notamment",
   * "dont", "y compris", "en particulier", "entre autres", or as the objects of "comporter",
   * "comprendre", "inclure" whose subject it is or completes ("la liste des équipements fournis
   * comporte 30 MiG-29, 12 Yak-130 et des radars").
   * Items of the list with no origin take the origin of the first that has one.
   */
  private List<Item> announced(ArticleContext context, SentenceStructure s, int chunk) {
    List<Token> t = s.sentence().tokens();
    List<Integer> listed = new ArrayList<>();
    for (int k = chunk + 1; k < s.chunks().size() && k <= chunk + 16 && listed.isEmpty(); k++) {
      Chunk c = s.chunk(k);
      if (c instanceof Chunk.Marker m && (m.tag() == Tag.COORD || m.tag() == Tag.RELATIVE || m.tag() == Tag.ADV) && ANNOUNCERS.contains(FrenchText.fold(s.sentence().textOf(m.from(), m.to())))) {
        for (int j = k + 1; j < s.chunks().size(); j++) {
          if (s.chunk(j) instanceof Nominal) {
            listed.add(j);
          } else if (s.chunk(j) instanceof Verbal v && v.form() != Chunk.Form.PARTICIPLE
              || s.chunk(j) instanceof Chunk.Marker mm && (mm.tag() == Tag.SUBORD || mm.tag() == Tag.RELATIVE || t.get(mm.from()).is(";"))) {
            break;
          }
        }
      } else if (c instanceof Verbal v && INCLUDING.contains(v.lemma())) {
        Optional<Clause> clause = s.clauseOfVerb(k);
        if (clause.isPresent() && clause.get().subject().stream().anyMatch(x -> x == chunk || s.complementsOf(x).stream().anyMatch(a -> a.chunk() == chunk))) {
          clause.get().arguments().stream().filter(a -> !a.fronted()).forEach(a -> listed.add(a.chunk()));
        }
        break;
      } else if (c instanceof Verbal v && v.form() == Chunk.Form.FINITE) {
        Optional<Clause> clause = s.clauseOfVerb(k);
        if (clause.isEmpty() || !INCLUDING.contains(v.lemma())) {
          continue;
        }
      }
    }
    List<Item> items = new ArrayList<>();
    for (int k : listed) {
      items.addAll(goodsOf(context, s, k, false));
    }
    Optional<Country> listOrigin = items.stream().map(Item::origin).flatMap(Optional::stream).findFirst();
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      out.add(i.origin().isPresent() || listOrigin.isEmpty() ? i
          : i.withOrigin(listOrigin));
    }
    return out;
  }

  /** Where a kind of equipment ends: before a state adjective, a number or a name. */
  private static int kindEnd(ArticleContext context, SentenceStructure s, Nominal n) {
    int end = n.to();
    for (Mention m : context.outerMentions(s.sentence().index(), n.head(), n.to())) {
      if (m instanceof StateMention && m.from() > n.head()) {
        end = Math.min(end, m.from());
      }
    }
    return end;
  }

  // ---- roles completed and merged ----

  private Optional<Country> first(ArticleContext context, SentenceStructure s, List<Integer> chunks) {
    if (chunks == null) {
      return Optional.empty();
    }
    for (int c : chunks) {
      for (Party p : context.parties.partiesOf(context, s, c)) {
        if (p.country().isPresent()) {
          return p.country();
        }
      }
    }
    return Optional.empty();
  }

  private void emit(
      ArticleContext context, SentenceStructure s, Clause clause, List<Item> goods, Optional<Country> supplier,
      Optional<Country> recipient, TransferStatus status, boolean firm, boolean foreignDesign, List<Seen> out,
      SoFar soFar) {
    int sentence = s.sentence().index();
    for (Item item : goods) {
      if (foreignDesign && (!item.designated() || item.origin().isEmpty() || item.origin().equals(recipient))) {
        continue; // "produire" without "sous licence" is licensed production only of another state's design
      }
      Optional<Country> sup = supplier.or(item::origin);
      Optional<Country> rec = recipient;
      Optional<Seen> before = Optional.empty();
      if (sup.isPresent() && sup.equals(rec)) {
        sup = supplier.equals(rec) ? Optional.empty() : supplier;
      }
      if (sup.isEmpty() || rec.isEmpty()) {
        Optional<Country> known = sup.isPresent() ? sup : rec;
        Optional<Country> inClause = clause != null && known.isPresent() ? otherInClause(context, s, clause, known) : Optional.empty();
        // "Le dernier appareil a été livré", "116 de ces blindés": unless the clause names the other end,
        // the goods of a transfer read before move between its ends (the maker's state is no end)
        before = inClause.isPresent() ? Optional.empty() : soFar.lastOf(item, supplier, rec);
        if (before.isPresent()) {
          sup = Optional.of(before.get().supplier());
          rec = Optional.of(before.get().recipient());
        } else {
          Optional<Country> other = inClause.isPresent() ? inClause
              : otherParty(context, s, known, rec.isEmpty() ? soFar.usualRecipient(known) : Optional.empty());
          if (sup.isEmpty() && rec.isPresent()) {
            sup = other;
          } else if (rec.isEmpty() && sup.isPresent()) {
            rec = other;
          }
        }
      }
      if (sup.isEmpty() || rec.isEmpty() || sup.get() == rec.get()) {
        continue;
      }
      int states = context.statesIn(sentence).size();
      Evidence evidence = context.evidence(sentence, item.from(), item.to(), NAME, states >= 2 ? 0.8 : 0.5);
      out.add(new Seen(sup.get(), rec.get(), item, status, firm, dateOf(status, context.dateIn(sentence), before), evidence));
    }
  }

  /**
   * The date a sentence gives a transfer of {@code status}: its {@code own}, unless it speaks
   * again of a transfer read {@code before} without advancing it ("Les appareils seront livrés à
   * partir de 2026" does not date the sale).
   */
  private static Optional<PartialDate> dateOf(TransferStatus status, Optional<PartialDate> own, Optional<Seen> before) {
    if (before.isPresent() && advance(status) <= advance(before.get().status())) {
      return before.get().date();
    }
    return own;
  }

  /**
   * The transfers an article's earlier sentences gave, in reading order; one per article, filled as
   * it is read. {@code seen} is the article's one list of them, which a later sentence may restate
   * in place (its quantity) and which is merged at the end.
   */
  private static final class SoFar {
    private final Map<Country, Integer> received = new LinkedHashMap<>(); // per recipient, first named first
    private final List<Seen> seen = new ArrayList<>();
    private final List<Integer> sentences = new ArrayList<>(); // the sentence of each

    boolean any() {
      return !seen.isEmpty();
    }

    void add(Seen x, int sentence) {
      received.merge(x.recipient(), 1, Integer::sum);
      seen.add(x);
      sentences.add(sentence);
    }

    /**
     * The deal a phrase such as "le contrat" speaks of in sentence {@code sentence}: the transfer
     * read last if one of the two sentences before gave it, else the article's first, its lead's.
     */
    Optional<Seen> dealBefore(int sentence) {
      if (seen.isEmpty()) {
        return Optional.empty();
      }
      int last = seen.size() - 1;
      return Optional.of(sentence - sentences.get(last) <= 2 ? seen.get(last) : seen.get(0));
    }

    /**
     * The state that received most of the transfers read so far in the article, {@code supplier}
     * aside: in an article about one state's arms, "la livraison de six K-8 chinois" is to it.
     */
    Optional<Country> usualRecipient(Optional<Country> supplier) {
      return received.entrySet().stream()
          .filter(e -> e.getValue() >= 2 && !supplier.equals(Optional.of(e.getKey())))
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey);
    }

    /**
     * The latest transfer read so far of the system {@code item} names, when it agrees with the
     * ends known ({@code supplier}, {@code recipient}): a later sentence that names the goods
     * again without their ends speaks of it.
     */
    Optional<Seen> lastOf(Item item, Optional<Country> supplier, Optional<Country> recipient) {
      if (!item.designated()) {
        return Optional.empty(); // "des blindés" read before is no sure antecedent of "des blindés" now
      }
      String key = FrenchText.squash(item.system());
      for (int i = seen.size() - 1; i >= 0; i--) {
        Seen x = seen.get(i);
        if (FrenchText.squash(x.item().system()).equals(key)) {
          boolean agrees = supplier.map(c -> c == x.supplier()).orElse(true) && recipient.map(c -> c == x.recipient()).orElse(true);
          return agrees ? Optional.of(x) : Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The other end of a transfer whose one end is known and whose clause names no other state: the
   * state the article's transfers go to ({@code usual}), the previous sentences' pair, the article's
   * main state.
   */
  private static Optional<Country> otherParty(
      ArticleContext context, SentenceStructure s, Optional<Country> known, Optional<Country> usual) {
    if (known.isEmpty()) {
      return Optional.empty();
    }
    if (usual.isPresent()) {
      return usual;
    }
    Optional<dev.entente.model.CountryPair> pair = context.pairBefore(s.sentence().index());
    if (pair.isPresent() && pair.get().contains(known.get())) {
      return Optional.of(pair.get().other(known.get()));
    }
    // an article about one state's arms names its other suppliers in passing: "six K8-W chinois"
    return context.topState().filter(c -> c != known.get());
  }

  /** The one state of a clause's subject and complements other than {@code known}, when there is exactly one. */
  private Optional<Country> otherInClause(ArticleContext context, SentenceStructure s, Clause clause, Optional<Country> known) {
    List<Country> others = new ArrayList<>();
    for (int c : clause.subject()) {
      addStatesOf(context, s, c, known, others);
    }
    for (Argument a : clause.arguments()) {
      if (a.marker().isEmpty() || a.marker().equals("avec") || a.marker().equals("à") || a.marker().equals("auprès de")) {
        addStatesOf(context, s, a.chunk(), known, others);
      }
    }
    if (others.isEmpty()) {
      // "Deux H145M commandés à l'Allemagne ont été livrés à l'armée serbe": the participle on a phrase of the clause
      Set<Integer> phrases = new HashSet<>(clause.subject());
      clause.arguments().forEach(a -> phrases.add(a.chunk()));
      for (int c : List.copyOf(phrases)) {
        s.complementsOf(c).forEach(a -> phrases.add(a.chunk())); // "le dernier des 24 hélicoptères commandés à la Russie"
      }
      for (Clause p : s.clauses()) {
        if (p != clause && s.verbOf(p).form() == Chunk.Form.PARTICIPLE && p.subject().stream().anyMatch(phrases::contains)) {
          for (Argument a : p.arguments()) {
            if (a.marker().equals("à") || a.marker().equals("auprès de") || a.marker().equals("par")) {
              addStatesOf(context, s, a.chunk(), known, others);
            }
          }
        }
      }
    }
    return others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
  }

  /** Adds to {@code out} the states of the parties chunk {@code chunk} names, but {@code known}, each once. */
  private static void addStatesOf(ArticleContext context, SentenceStructure s, int chunk, Optional<Country> known, List<Country> out) {
    for (Party p : context.parties.partiesOf(context, s, chunk)) {
      p.country().filter(c -> c != known.get() && !out.contains(c)).ifPresent(out::add);
    }
  }

  /** Whether a reading's supplier is the state that designed its system, the fallback when no role names one. */
  private static boolean suppliedByOrigin(Seen x) {
    return x.item().origin().equals(Optional.of(x.supplier()));
  }

  /** One reading per item of a sentence: the verb's reading wins over the noun's for the same words. */
  private static List<Seen> distinct(List<Seen> own) {
    Map<String, Seen> byItem = new LinkedHashMap<>();
    for (Seen x : own) {
      byItem.putIfAbsent(x.item().from() + ":" + x.supplier() + ">" + x.recipient(), x);
    }
    Map<Integer, List<Seen>> byPosition = new LinkedHashMap<>();
    for (Seen x : byItem.values()) {
      // one transfer per mention of a system, the first reading's; one supplier may send it to
      // several recipients ("à l'Arabie saoudite et à l'Azerbaïdjan")
      List<Seen> same = byPosition.computeIfAbsent(x.item().from(), k -> new ArrayList<>());
      if (same.isEmpty() || same.get(0).supplier() == x.supplier()) { // byItem already keeps one per recipient
        same.add(x);
      } else if (suppliedByOrigin(same.get(0)) && !suppliedByOrigin(x)) {
        // "a réceptionné des F-16 rachetés à la Norvège": the maker's state was only a guess at the
        // seller; the goods went as far as either reading says
        Seen guess = same.get(0);
        TransferStatus status = advance(guess.status()) > advance(x.status()) ? guess.status() : x.status();
        same.clear();
        same.add(new Seen(x.supplier(), x.recipient(), x.item(), status, x.firm() || guess.firm(), x.date().or(guess::date), x.evidence()));
      }
    }
    List<Seen> out = new ArrayList<>();
    byPosition.values().forEach(out::addAll);
    // "du matériel d'artillerie" is one item, not also "artillerie": a kind named inside the words
    // of another item between the same states is that item
    out.removeIf(x -> !x.item().designated() && out.stream().anyMatch(y -> y != x && y.supplier() == x.supplier()
        && y.recipient() == x.recipient() && y.item().from() <= x.item().from() && x.item().to() <= y.item().to()
        && y.item().to() - y.item().from() > x.item().to() - x.item().from()));
    return out;
  }

  /**
   * Mentions of one transfer (same supplier, recipient and system, quantities not in conflict)
   * become one; so do a kind of equipment or a maker's family and a system of that kind between the
   * same states ("des avions de combat" in a title and "onze Su-35" in the text; "des MiG" and
   * "six MiG-29").
   */
  private ImmutableList<ArmsTransfer> merge(List<Seen> seen) {
    List<Seen> specific = seen.stream().filter(x -> !isGeneric(x.item())).collect(java.util.stream.Collectors.toList());
    List<Seen> resolved = new ArrayList<>(seen.size());
    for (Seen x : seen) {
      Seen into = isGeneric(x.item()) ? specific.stream().filter(y -> covers(y, x)).findFirst().orElse(null) : null;
      resolved.add(into == null ? x
          : new Seen(into.supplier(), into.recipient(), new Item(into.item().system(), into.item().written(), into.item().category(),
              into.item().origin(), x.item().quantity(), x.item().from(), x.item().to(), true),
              x.status(), x.firm(), x.date(), x.evidence()));
    }
    return mergeSame(resolved);
  }

  /** Whether an item names no system in particular: a kind of equipment, or a maker's family ("MiG", "Sukhoï"). */
  private boolean isGeneric(Item item) {
    return !item.designated() || item.system().chars().noneMatch(Character::isDigit) && isFamily(item.system());
  }

  private boolean isFamily(String system) {
    String folded = FrenchText.fold(system);
    return makerPrefixes.containsKey(folded) || FAMILIES.contains(folded);
  }

  /** Whether specific transfer {@code y} is what generic mention {@code x} refers to. */
  private boolean covers(Seen y, Seen x) {
    if (y.supplier() != x.supplier() || y.recipient() != x.recipient() || !sameGroup(y.item().category(), x.item().category())) {
      return false;
    }
    if (!x.item().designated()) {
      return true;
    }
    String family = FrenchText.squash(x.item().system());
    String prefix = FrenchText.squash(makerPrefixes.getOrDefault(FrenchText.fold(x.item().system()), x.item().system()));
    String system = FrenchText.squash(y.item().system());
    return system.startsWith(family) || system.startsWith(prefix);
  }

  private static boolean sameGroup(SystemCategory a, SystemCategory b) {
    return a == b || isAircraft(a) && isAircraft(b);
  }

  private static boolean isAircraft(SystemCategory c) {
    return c == SystemCategory.FIGHTER_AIRCRAFT || c == SystemCategory.OTHER_AIRCRAFT;
  }

  private static ImmutableList<ArmsTransfer> mergeSame(List<Seen> seen) {
    List<List<Seen>> groups = new ArrayList<>();
    List<OptionalInt> groupQuantities = new ArrayList<>(); // the one quantity a group's mentions give, if any
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (Seen x : seen) {
      String key = x.supplier() + ">" + x.recipient() + ">" + FrenchText.squash(x.item().system());
      List<Integer> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      int target = -1;
      for (int c = candidates.size() - 1; c >= 0 && c >= candidates.size() - 16 && target < 0; c--) {
        if (compatible(groupQuantities.get(candidates.get(c)), x.item().quantity())) {
          target = candidates.get(c);
        }
      }
      if (target < 0) {
        candidates.add(groups.size());
        groups.add(new ArrayList<>(List.of(x)));
        groupQuantities.add(x.item().quantity());
      } else {
        groups.get(target).add(x);
        if (groupQuantities.get(target).isEmpty()) {
          groupQuantities.set(target, x.item().quantity());
        }
      }
    }
    ImmutableList.Builder<ArmsTransfer> out = ImmutableList.builder();
    for (List<Seen> group : groups) {
      Seen first = group.get(0);
      OptionalInt quantity = OptionalInt.empty();
      Optional<PartialDate> date = Optional.empty();
      boolean anyFirm = group.stream().anyMatch(Seen::firm);
      TransferStatus status = null;
      List<Evidence> evidence = new ArrayList<>();
      for (Seen x : group) {
        evidence.add(x.evidence());
        if (quantity.isEmpty()) {
          quantity = x.item().quantity();
        }
        if (date.isEmpty()) {
          date = x.date();
        }
        // the status a verb gives outweighs a noun's default: "se sont entendus sur la livraison" delivers nothing
        if ((x.firm() || !anyFirm) && (status == null || advance(x.status()) > advance(status))) {
          status = x.status();
        }
      }
      ArmsTransfer.Builder t = ArmsTransfer.builder()
          .supplier(first.supplier())
          .recipient(first.recipient())
          .system(first.item().written())
          .canonicalSystem(first.item().writtenOtherwise() ? first.item().system() : null)
          .category(first.item().category())
          .status(status)
          .date(date.orElse(null))
          .evidence(evidence);
      quantity.ifPresent(t::quantity);
      out.add(t.build());
    }
    return out.build();
  }

  /** Mentions of one transfer may not give two different quantities. */
  private static boolean compatible(OptionalInt group, OptionalInt mention) {
    return group.isEmpty() || mention.isEmpty() || group.getAsInt() == mention.getAsInt();
  }

  /** How far a status goes: a transfer ordered and then delivered is delivered. */
  private static int advance(TransferStatus status) {
    return switch (status) {
      case REQUESTED -> 0;
      case NEGOTIATING -> 1;
      case ORDERED -> 2;
      case LICENSED_PRODUCTION -> 3;
      case DELIVERED -> 4;
    };
  }
}
