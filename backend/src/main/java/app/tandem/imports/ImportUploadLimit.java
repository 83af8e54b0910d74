package app.tandem.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the servlet container refused before any controller ran (larger than
 * spring.servlet.multipart.max-file-size, or not multipart at all): answered like every
 * other import refusal instead of with an HTML error page.
 */
@RestControllerAdvice
class ImportUploadLimit {

	@ExceptionHandler
	ResponseEntity<byte[]> tooLarge(MaxUploadSizeExceededException ex) {
		return ImportController.error(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE",
				"The upload is larger than the server accepts (spring.servlet.multipart.max-file-size)");
	}

	@ExceptionHandler
	ResponseEntity<byte[]> notMultipart(MultipartException ex) {
		return ImportController.error(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"Send the file as multipart/form-data (file, source, dryRun)");
	}

}
