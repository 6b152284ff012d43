package dev.entente.json;

import static dev.entente.json.Fields.checkDerived;
import static dev.entente.json.Fields.country;
import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.optionalCountry;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.State;
import java.util.List;

/**
 * An actor object, one record per {@code "kind"}. {@link ActorDtoDeserializer} reads the kind
 * first and then the matching record, so each kind accepts only its own fields.
 */
sealed interface ActorDto {

  /** Returns the kind, written first. */
  String kind();

  /** Returns the model actor, checking derived values. */
  Actor toModel(FieldPath at);

  /** Returns the record for {@code actor}. */
  static ActorDto from(Actor actor) {
    if (actor instanceof State state) {
      return new StateDto(
          ActorKind.STATE.name(), state.code().alpha3(), state.code().frenchName());
    }
    if (actor instanceof Person person) {
      return new PersonDto(
          ActorKind.PERSON.name(),
          person.name(),
          orNull(person.country(), Country::alpha3),
          person.role().orElse(null),
          List.copyOf(person.aliases()));
    }
    // Actor is sealed: State, Person, Organization
    OrganizationDto org = OrganizationDto.from((Organization) actor);
    return new OrganizationActorDto(
        ActorKind.ORGANIZATION.name(), org.name(), org.acronym(), org.country(), org.aliases());
  }

  /**
   * {@code {"kind": "STATE", "code", "name"}}; the name is derived from the code and checked.
   */
  record StateDto(String kind, String code, String name) implements ActorDto {
    @Override
    public Actor toModel(FieldPath at) {
      Country state = country(code, at.field("code"));
      checkDerived(name, state.frenchName(), at.field("name"));
      return State.of(state);
    }
  }

  /** {@code {"kind": "PERSON", "name", "country", "role", "aliases"}}. */
  record PersonDto(String kind, String name, String country, String role, List<String> aliases)
      implements ActorDto {
    @Override
    public Actor toModel(FieldPath at) {
      String fullName = required(name, at.field("name"));
      var state = optionalCountry(country, at.field("country"));
      var otherNames = Fields.aliases(aliases, fullName, at.field("aliases"));
      return Fields.build(() -> new Person(fullName, state, optional(role), otherNames), at);
    }
  }

  /**
   * {@code {"kind": "ORGANIZATION", "name", "acronym", "country", "aliases"}}: an {@link
   * OrganizationDto} with its kind.
   */
  record OrganizationActorDto(
      String kind, String name, String acronym, String country, List<String> aliases)
      implements ActorDto {
    @Override
    public Actor toModel(FieldPath at) {
      return new OrganizationDto(name, acronym, country, aliases).toModel(at);
    }
  }
}
