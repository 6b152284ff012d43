package dev.entente.model;

import static dev.entente.model.Country.RUSSIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class OrganizationTest {

  private static final String SCO = "Organisation de coopération de Shanghai";

  @Test
  void of_isInternationalWithoutAcronym() {
    assertEquals(
        new Organization(SCO, Optional.empty(), Optional.empty(), ImmutableSet.of()),
        Organization.of(SCO));
  }

  @Test
  void blankName_throwsShowingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Organization.of(""));
    assertEquals("an organization needs a name, got \"\"", e.getMessage());
  }

  @Test
  void blankAcronym_throwsNamingTheOrganization() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Organization.of(SCO).withAcronym(" "));
    assertEquals("the acronym of " + SCO + " must not be blank", e.getMessage());
  }

  @Test
  void blankAlias_throwsNamingTheOrganization() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Organization(SCO, Optional.empty(), Optional.empty(), ImmutableSet.of("SCO", "\t")));
    assertEquals("aliases of " + SCO + " must not be blank", e.getMessage());
  }

  @Test
  void aliases_neverIncludeTheName() {
    Organization sco =
        new Organization(SCO, Optional.of("OCS"), Optional.empty(), ImmutableSet.of(SCO, "SCO"));
    assertEquals(ImmutableSet.of("SCO"), sco.aliases());
  }

  @Test
  void withAcronymAndCountry() {
    Organization ministry = Organization.of("ministère de la Défense").withAcronym("MoD").withCountry(RUSSIA);
    assertEquals(Optional.of("MoD"), ministry.acronym());
    assertEquals(Optional.of(RUSSIA), ministry.country());
  }

  @Test
  void label_isTheAcronym_elseTheName() {
    assertEquals("OCS", Organization.of(SCO).withAcronym("OCS").label());
    assertEquals("Rosoboronexport", Organization.of("Rosoboronexport").label());
  }

  @Test
  void order_isByFoldedNameFirst() {
    Organization eu = Organization.of("Union européenne");
    Organization ecowas = Organization.of("Économique des États d'Afrique de l'Ouest");
    Organization otan = Organization.of("OTAN");
    assertEquals(
        List.of(ecowas, otan, eu), Stream.of(eu, otan, ecowas).sorted(Organization.ORDER).toList());
    assertEquals(
        true, Organization.ORDER.compare(eu, eu.withCountry(RUSSIA)) < 0, "then by state");
  }
}
