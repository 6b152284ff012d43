package dev.entente.parse;

import dev.entente.text.FrenchText;
import com.google.common.collect.ImmutableList;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsTransfer;
import dev.entente.model.Country;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.JointExercise;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.PartialDate;
import dev.entente.model.Reading;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.parse.Mention.OrgMention;
import dev.entente.parse.Mention.PersonMention;
import dev.entente.parse.Mention.StateMention;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a reading together: the document's metadata, each actor once in order of first mention
 * (a person under the fullest name the article gives), and the facts of the rules.
 */
final class ReadingAssembler {

  Reading assemble(
      CleanText clean,
      Optional<PartialDate> published,
      ImmutableList<Mention> mentions,
      ImmutableList<Agreement> agreements,
      ImmutableList<JointExercise> exercises,
      ImmutableList<ArmsTransfer> transfers,
      ImmutableList<Statement> statements,
      List<Diagnostic> diagnostics,
      List<Organization> fromMetadata) {
    Document document =
        new Document(clean.id(), clean.title(), published, clean.source());
    Set<Country> states = new LinkedHashSet<>();
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, Organization> organizations = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m instanceof StateMention s) {
        states.addAll(s.countries());
      } else if (m instanceof PersonMention p) {
        persons.put(p.person().name(), p.person());
      } else if (m instanceof OrgMention o) {
        organizations.putIfAbsent(FrenchText.fold(o.organization().name()), o.organization());
      }
    }
    for (Organization org : fromMetadata) {
      organizations.putIfAbsent(FrenchText.fold(org.name()), org); // "PHNOM PENH (Xinhua) –"
    }
    ImmutableList.Builder<Actor> actors = ImmutableList.builder();
    states.forEach(c -> actors.add(State.of(c)));
    actors.addAll(persons.values());
    actors.addAll(organizations.values());
    return Reading.builder(document)
        .actors(actors.build())
        .agreements(agreements)
        .exercises(exercises)
        .armsTransfers(transfers)
        .statements(statements)
        .diagnostics(diagnostics)
        .build();
  }
}
