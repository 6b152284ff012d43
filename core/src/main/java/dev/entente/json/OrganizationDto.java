package dev.entente.json;

import static dev.entente.json.Fields.optional;
import static dev.entente.json.Fields.optionalCountry;
import static dev.entente.json.Fields.orNull;
import static dev.entente.json.Fields.required;

import dev.entente.model.Country;
import dev.entente.model.Organization;
import java.util.List;

/**
 * An organization object: {@code {"name", "acronym", "country", "aliases"}}, as an agreement's
 * organization parties and an exercise's organization participants are written; an {@code
 * ORGANIZATION} actor is the same object with a {@code "kind"} first.
 */
record OrganizationDto(String name, String acronym, String country, List<String> aliases) {

  static OrganizationDto from(Organization organization) {
    return new OrganizationDto(
        organization.name(),
        organization.acronym().orElse(null),
        orNull(organization.country(), Country::alpha3),
        List.copyOf(organization.aliases()));
  }

  Organization toModel(FieldPath at) {
    String fullName = required(name, at.field("name"));
    var state = optionalCountry(country, at.field("country"));
    var otherNames = Fields.aliases(aliases, fullName, at.field("aliases"));
    return Fields.build(() -> new Organization(fullName, optional(acronym), state, otherNames), at);
  }
}
