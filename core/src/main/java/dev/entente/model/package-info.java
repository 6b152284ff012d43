/**
 * The immutable model of what French articles say about states' defence and strategic
 * cooperation: actors ({@link dev.entente.model.State}, {@link dev.entente.model.Person},
 * {@link dev.entente.model.Organization}), facts ({@link dev.entente.model.Agreement},
 * {@link dev.entente.model.JointExercise}, {@link dev.entente.model.ArmsTransfer},
 * {@link dev.entente.model.Statement}), the {@link dev.entente.model.Relation}s derived from them,
 * and the {@link dev.entente.model.Evidence} each fact carries.
 *
 * <p>Every type here is a value: immutable, validated at construction, equal by content.
 */
package dev.entente.model;
