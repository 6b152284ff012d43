/**
 * The bundled seed corpus: five French articles about Russia's defence cooperation with India,
 * China, Pakistan and Iran, shipped byte for byte in the jar, and their parsed
 * {@link dev.entente.query.Corpus}. See {@link dev.entente.seeds.Seeds}.
 */
package dev.entente.seeds;
