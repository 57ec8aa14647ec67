package io.synergy.compiler.cli;

import io.synergy.compiler.diag.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files named on the command line. A file that cannot be read as UTF-8 text is a one-line
 * message, never a stack trace; the command then exits 2.
 */
final class SourceReader {
  /** Plans are small; anything larger than this is a mistake in the command line. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The files read, and a message per file that could not be. */
  record Result(List<SourceFile> sources, List<String> problems) {}

  private SourceReader() {}

  static Result read(List<String> paths) {
    List<SourceFile> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      try {
        sources.add(new SourceFile(path, readText(Path.of(path))));
      } catch (Unreadable e) {
        problems.add("error: cannot read `" + path + "`: " + e.getMessage());
      } catch (java.nio.file.InvalidPathException e) {
        problems.add("error: cannot read `" + path + "`: not a valid path");
      }
    }
    return new Result(sources, problems);
  }

  private static String readText(Path path) throws Unreadable {
    if (Files.isDirectory(path)) {
      throw new Unreadable("it is a directory; name the .synergy files in it");
    }
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new Unreadable(
            "it is "
                + Files.size(path) / (1024 * 1024)
                + " MiB; plans are limited to "
                + MAX_BYTES / (1024 * 1024)
                + " MiB");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("permission denied");
    } catch (IOException e) {
      throw new Unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new Unreadable("it looks like a binary file (a NUL byte at offset " + i + ")");
      }
    }
    String text = decode(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String decode(byte[] bytes) throws Unreadable {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int offset = firstInvalid(bytes);
      throw new Unreadable(
          String.format(
              "it is not valid UTF-8 (byte 0x%02x at offset %d)", bytes[offset] & 0xff, offset));
    }
  }

  private static int firstInvalid(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** Why a file cannot be read, in words for the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }
}
