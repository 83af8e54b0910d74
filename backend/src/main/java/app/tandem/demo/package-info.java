/**
 * The embedded default's demo company (docs/spec.md §6): six months of a believable team
 * written on the first start of an empty database. Exposes nothing; runs only with
 * {@code tandem.demo.enabled=true}.
 */
package app.tandem.demo;
