package com.didtron.ui.api.base;

import com.didtron.activities.input.CappedInputStream;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.input.InputTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every body the REST API and the webhooks take, before anything else reads it: a declared
 * {@code Content-Length} over the cap is answered 413 at once (the body is never read), and a body
 * without a length (chunked) is read through a {@link CappedInputStream} that stops at the cap (413
 * too). Caps come from {@link InputLimits}: webhooks, CDR uploads, deck uploads, and every other
 * API body. Portal uploads are bounded by their own upload handlers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {
  private static final Pattern DECK_IMPORT = Pattern.compile("/api/rate-cards/[^/]+/imports");
  private static final Pattern FILE_UPLOAD = Pattern.compile("/api/accounts/[^/]+/files");

  private record Cap(long bytes, String what, String setting) {}

  private final InputLimits limits;
  private final ApiProblems problems;

  public BodyLimitFilter(InputLimits limits, JsonMapper json) {
    this.limits = limits;
    this.problems = new ApiProblems(json);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") && !path.startsWith("/webhooks/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Cap cap = cap(request.getRequestURI().substring(request.getContextPath().length()));
    if (request.getContentLengthLong() > cap.bytes()) {
      refuse(response, new InputTooLarge(cap.what(), cap.bytes(), cap.setting()));
      return;
    }
    try {
      chain.doFilter(new Capped(request, cap), response);
    } catch (ServletException | RuntimeException e) {
      InputTooLarge tooLarge = tooLarge(e);
      if (tooLarge == null || response.isCommitted()) {
        throw e;
      }
      response.resetBuffer();
      refuse(response, tooLarge);
    }
  }

  private Cap cap(String path) {
    if (path.startsWith("/webhooks/")) {
      return new Cap(
          limits.webhookBody().toBytes(), "The webhook body", "didtron.limits.webhook-body");
    }
    if (path.equals("/api/cdrs")) {
      return new Cap(limits.cdrUpload().toBytes(), "The CDR file", "didtron.limits.cdr-upload");
    }
    if (DECK_IMPORT.matcher(path).matches()
        || path.equals("/api/did-inventory/imports")
        || path.equals("/api/my-buy-rates/uploads")) {
      return new Cap(limits.deckUpload().toBytes(), "The deck file", "didtron.limits.deck-upload");
    }
    if (FILE_UPLOAD.matcher(path).matches()) {
      // the largest kind's cap; each kind's own cap is enforced while the file is stored
      return new Cap(limits.deckUpload().toBytes(), "The file", "didtron.limits.deck-upload");
    }
    return new Cap(limits.apiBody().toBytes(), "The request body", "didtron.limits.api-body");
  }

  private void refuse(HttpServletResponse response, InputTooLarge e) throws IOException {
    problems.write(response, 413, "Content Too Large", e.getMessage());
  }

  private static InputTooLarge tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputTooLarge i) {
        return i;
      }
    }
    return null;
  }

  /** The request with its body read through the cap. */
  private static final class Capped extends HttpServletRequestWrapper {
    private final Cap cap;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, Cap cap) {
      super(request);
      this.cap = cap;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream raw = super.getInputStream();
        InputStream capped = new CappedInputStream(raw, cap.bytes(), cap.what(), cap.setting());
        stream =
            new ServletInputStream() {
              @Override
              public int read() throws IOException {
                return capped.read();
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return capped.read(b, off, len);
              }

              @Override
              public boolean isFinished() {
                return raw.isFinished();
              }

              @Override
              public boolean isReady() {
                return raw.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                raw.setReadListener(listener);
              }
            };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
