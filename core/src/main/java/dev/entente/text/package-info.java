/**
 * French text folding shared by the parser and the query filters: {@link
 * dev.entente.text.FrenchText}.
 */
package dev.entente.text;
