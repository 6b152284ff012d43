/**
 * Identity of facts: which mentions, within one article and across articles, denote one real
 * event, and the one record each event becomes ({@link dev.entente.identity.FactRecord}), with its
 * mentions, its lifecycle and the disagreements of its sources. {@link
 * dev.entente.identity.FactResolver} is the entry point; {@code Corpus} applies it to its readings.
 */
package dev.entente.identity;
