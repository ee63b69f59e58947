{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<div class="status status-{{STATE}}" role="status"><p><strong>{{STATUS}}</strong></p>{{#DETAIL}}<p>{{TEXT}}</p>{{/DETAIL}}</div>
{{#CONFIRM}}<form action="{{ACTION}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><p><button type="submit">{{LABEL}}</button></p></form>{{/CONFIRM}}
<h2 class="offer-name" lang="nl" dir="auto">{{NAME}}</h2>
<dl class="facts">{{#FACT}}<div><dt>{{LABEL}}</dt><dd{{#DUTCH}} lang="nl" dir="auto"{{/DUTCH}}>{{VALUE}}</dd></div>{{/FACT}}</dl>
{{#SERIES}}<ul class="series-dates">{{#DATE}}<li>{{TEXT}}</li>{{/DATE}}</ul>{{/SERIES}}
{{#KEEP}}<p class="hint">{{TEXT}}</p><p><code class="link-text">{{URL}}</code></p>{{/KEEP}}
{{#CANCEL}}<section class="no-print" aria-labelledby="cancel-heading"><h2 id="cancel-heading">{{HEADING}}</h2><p>{{TEXT}}</p>
<form action="{{ACTION}}" method="post"><input type="hidden" name="csrf" value="{{CSRF}}"><p class="check"><input id="sure" name="sure" type="checkbox" value="yes"{{#ERROR}} aria-invalid="true" aria-describedby="sure-error"{{/ERROR}}> <label for="sure">{{SURE}}</label></p>{{#ERROR}}<p id="sure-error" class="field-error">{{TEXT}}</p>{{/ERROR}}<p><button type="submit" class="secondary">{{LABEL}}</button></p></form></section>{{/CANCEL}}
<p class="no-print"><a href="{{OFFER_URL}}">{{OFFER_LABEL}}</a></p>
