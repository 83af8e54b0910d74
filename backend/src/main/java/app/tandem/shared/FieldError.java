package app.tandem.shared;

/**
 * One problem with one input field; {@code field} is the input field's name as the client
 * sent it.
 */
public record FieldError(String field, String message) {
}
