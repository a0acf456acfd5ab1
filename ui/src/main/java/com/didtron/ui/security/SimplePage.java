package com.didtron.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The small server-rendered pages of the sign-in steps (second factor, forced password change):
 * they must work before the portal's shell may load, so they are plain HTML forms with the CSRF
 * token, styled like the login page.
 */
final class SimplePage {
  private SimplePage() {}

  static String of(
      HttpServletRequest request,
      String title,
      String message,
      String error,
      String formBody,
      String action) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%s · DIDTron</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
          body{font-family:system-ui,sans-serif;background:#f3f5f9;color:#1a2233;display:flex;justify-content:center;padding-top:10vh}
          main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:2rem;width:24rem}
          h1{font-size:1.3rem;margin-top:0} label{display:block;margin:.8rem 0 .3rem}
          input{width:100%%;box-sizing:border-box;padding:.55rem;font-size:1rem;border:1px solid #c3cad6;border-radius:6px}
          button{margin-top:1.2rem;background:#2563EB;color:#fff;border:0;border-radius:6px;padding:.6rem 1.2rem;font-size:1rem}
          .error{color:#b42318} code{word-break:break-all;background:#f3f5f9;padding:.2rem}
          .signout{background:none;color:#2563EB;padding:0}
        </style></head>
        <body><main><div><strong>DIDTron</strong></div><h1>%s</h1><p>%s</p>%s
        <form method="post" action="%s">%s%s</form>
        <form method="post" action="%s">%s<button class="signout" type="submit">Sign out</button></form>
        </main></body></html>
        """
        .formatted(
            esc(title),
            esc(title),
            message,
            error == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>",
            esc(action),
            csrf(request),
            formBody,
            esc(request.getContextPath() + "/logout"),
            csrf(request));
  }

  static String field(String label, String name, String type, String autocomplete) {
    return "<label for=\"%s\">%s</label><input id=\"%s\" name=\"%s\" type=\"%s\" autocomplete=\"%s\" required>"
        .formatted(name, esc(label), name, name, type, autocomplete);
  }

  static String esc(String text) {
    return HtmlUtils.htmlEscape(text);
  }

  private static String csrf(HttpServletRequest request) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return token == null
        ? ""
        : "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
            .formatted(esc(token.getParameterName()), esc(token.getToken()));
  }
}
