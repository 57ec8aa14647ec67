package io.synergy.compiler.diag;

import java.util.ArrayList;
import java.util.List;

/** The text of one input file and where its lines start, for spans and for showing source lines. */
public final class SourceFile {
  private final String path;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The path as given on the command line. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** Line {@code line} (1-based) without its line terminator; empty past the end. */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The span of the last code point of the file, where a diagnostic about the end of input goes;
   * line 1, column 1 in an empty file.
   */
  public Span endSpan() {
    if (text.isEmpty()) {
      return new Span(path, 1, 1, 1, 2);
    }
    int last = text.offsetByCodePoints(text.length(), -1);
    int lineIndex = lineIndexOf(last);
    int column = text.codePointCount(lineStarts[lineIndex], last) + 1;
    return new Span(path, lineIndex + 1, column, lineIndex + 1, column + 1);
  }

  private int lineIndexOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
