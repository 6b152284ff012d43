package dev.entente.parse;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Country;
import dev.entente.model.SystemCategory;
import java.util.Optional;

/**
 * A weapon system the gazetteer knows, or one recognized by its designation's shape.
 *
 * @param designation the canonical designation ("S-400")
 * @param category its category
 * @param origin the state that designed it, where one did
 * @param aliases other names
 */
record WeaponEntry(
    String designation, SystemCategory category, Optional<Country> origin, ImmutableSet<String> aliases) {}
