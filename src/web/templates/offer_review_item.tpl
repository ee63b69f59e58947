{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{HEADING}}</h1>
<p>{{SUMMARY}}</p>
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p></div>{{/FORM_ERROR}}
<h2>{{CHANGES_HEADING}}</h2>
{{#NO_CHANGES}}<p>{{TEXT}}</p>{{/NO_CHANGES}}
{{#CHANGES}}<div class="scroll" role="region" aria-label="{{CHANGES_HEADING}}" tabindex="0"><table class="list">
<caption class="visually-hidden">{{CHANGES_HEADING}}</caption>
<thead><tr><th scope="col">{{WHAT_COLUMN}}</th><th scope="col">{{BEFORE_COLUMN}}</th><th scope="col">{{AFTER_COLUMN}}</th></tr></thead>
<tbody>{{#ROW}}
<tr><td>{{WHAT}}</td><td lang="nl" dir="auto">{{BEFORE}}</td><td lang="nl" dir="auto">{{AFTER}}</td></tr>{{/ROW}}
</tbody></table></div>{{/CHANGES}}
<section class="preview" aria-labelledby="preview-heading">
<h2 id="preview-heading">{{PREVIEW_HEADING}}</h2>
<article class="offer"><h3 lang="nl" dir="auto">{{NAME}}</h3>
{{>FACTS}}</article>
</section>
<h2>{{DECIDE_HEADING}}</h2>
<form class="portal" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit" name="action" value="approve">{{APPROVE_LABEL}}</button></p>
<p><label for="note">{{NOTE_LABEL}}</label>
<span id="note-hint" class="hint">{{NOTE_HINT}}</span>
<textarea id="note" name="note" rows="4" class="wide" aria-describedby="note-hint{{#NOTE_ERROR}} note-error{{/NOTE_ERROR}}"{{#NOTE_ERROR}} aria-invalid="true"{{/NOTE_ERROR}}>{{NOTE:pre_escape}}</textarea>{{#NOTE_ERROR}}
<span id="note-error" class="field-error">{{TEXT}}</span>{{/NOTE_ERROR}}</p>
<p><button type="submit" name="action" value="return" class="secondary">{{RETURN_LABEL}}</button></p>
</form>
