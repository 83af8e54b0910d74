/**
 * People (docs/spec.md §1–§2): employees, roles and positions, sign-in and who is asking
 * ({@link app.tandem.people.Viewers}, read from the database on every request). Owns
 * {@code employee}.
 */
package app.tandem.people;
