package lab.batchwrites;

/**
 * A settlement file that cannot be imported, with the line a person opening the file in an editor would look at
 * (the header is line 1).
 */
class MalformedFileException extends RuntimeException {

    MalformedFileException(long line, String problem) {
        super("line " + line + ": " + problem);
    }
}
