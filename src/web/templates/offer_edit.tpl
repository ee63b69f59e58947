{{%AUTOESCAPE context="HTML"}}<p><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>
<h1 lang="nl" dir="auto">{{HEADING}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#PUBLIC}}<p>{{#LINK}}<a href="{{URL}}">{{LABEL}}</a>{{/LINK}}{{#PLAIN}}{{LABEL}}{{/PLAIN}}</p>{{/PUBLIC}}
{{#FORM_ERROR}}<div class="error-summary" role="alert"><p>{{TEXT}}</p>
{{#ERROR_LINK}}<ul>{{#ITEM}}<li><a href="#{{ID}}">{{TEXT}}</a></li>{{/ITEM}}</ul>{{/ERROR_LINK}}
{{#CURRENT}}<p>{{INTRO}}</p><ul>{{#FIELD}}<li>{{NAME}}: <span lang="nl" dir="auto">{{VALUE}}</span></li>{{/FIELD}}</ul>{{/CURRENT}}</div>{{/FORM_ERROR}}
<form class="portal offer-edit" action="{{ACTION}}" method="post" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="version" value="{{VERSION}}">
<fieldset class="group"><legend>{{WHAT_LEGEND}}</legend>{{>WHAT}}</fieldset>
<fieldset class="group"><legend>{{WHO_LEGEND}}</legend>{{>WHO}}
<fieldset id="ages"><legend>{{AGE_LEGEND}}</legend>{{>AGE}}</fieldset>{{>ACCESS}}</fieldset>
<fieldset class="group"><legend>{{COST_LEGEND}}</legend>{{>COST}}</fieldset>
<fieldset class="group"><legend>{{TAKE_PART_LEGEND}}</legend>{{>TAKE_PART}}</fieldset>
<fieldset class="group"><legend>{{CONTACT_LEGEND}}</legend>{{>CONTACT}}</fieldset>
<fieldset class="group"><legend>{{WHERE_LEGEND}}</legend>{{>PLACES}}
{{#TIME}}<fieldset class="time" id="{{ID}}"><legend>{{LEGEND}}</legend>{{#ERROR}}
<span class="field-error">{{TEXT}}</span>{{/ERROR}}{{#STORED}}<input type="hidden" name="{{ID}}_id" value="{{ID_VALUE}}">{{/STORED}}
{{#PLACE_FIXED}}<p class="place-fixed"><span class="label" id="{{ID}}-label">{{LABEL}}</span>
<strong lang="nl" dir="auto" aria-describedby="{{ID}}-hint">{{NAME}}</strong><input type="hidden" name="{{ID}}" value="{{VALUE}}">
<span id="{{ID}}-hint" class="hint">{{HINT}}</span></p>{{/PLACE_FIXED}}
{{#PLACE_SELECT}}<p><label for="{{ID}}">{{LABEL}}</label>
<select id="{{ID}}" name="{{ID}}"{{#INVALID}} aria-invalid="true" aria-describedby="{{ID}}-error"{{/INVALID}}>{{#OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}{{#GROUP}}
<optgroup label="{{LABEL}}">{{#OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}</optgroup>{{/GROUP}}
</select>{{#ERROR}}
<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>{{/PLACE_SELECT}}{{>FIELDS}}</fieldset>{{/TIME}}
<p><button type="submit" name="action" value="more" class="secondary">{{MORE_LABEL}}</button></p>
</fieldset>
<p class="buttons"><button type="submit" name="action" value="save">{{SAVE_LABEL}}</button>
<button type="submit" name="action" value="preview" class="secondary" formaction="{{ACTION}}#voorbeeld">{{PREVIEW_LABEL}}</button>{{#ARCHIVE}}
<button type="submit" name="action" value="{{CODE}}" class="secondary">{{LABEL}}</button>{{/ARCHIVE}}</p>
</form>
{{#PREVIEW}}<section class="preview" id="voorbeeld" aria-labelledby="preview-heading">
<h2 id="preview-heading">{{HEADING}}</h2>
<p class="hint">{{HINT}}</p>
<article class="offer"><h3 lang="nl" dir="auto">{{NAME}}</h3>
{{>FACTS}}</article>
</section>{{/PREVIEW}}
{{#HISTORY}}<h2>{{HEADING}}</h2>
<div class="scroll" role="region" aria-label="{{HEADING}}" tabindex="0"><table class="list">
<caption class="visually-hidden">{{HEADING}}</caption>
<thead><tr><th scope="col">{{WHEN_COLUMN}}</th><th scope="col">{{WHO_COLUMN}}</th><th scope="col">{{WHAT_COLUMN}}</th><th scope="col">{{BEFORE_COLUMN}}</th><th scope="col">{{AFTER_COLUMN}}</th></tr></thead>
<tbody>{{#ROW}}
<tr><td>{{WHEN}}</td><td>{{WHO}}</td><td>{{WHAT}}</td><td lang="nl" dir="auto">{{#BEFORE}}{{TEXT}}{{#BEFORE_separator}}<br>{{/BEFORE_separator}}{{/BEFORE}}</td><td lang="nl" dir="auto">{{#AFTER}}{{TEXT}}{{#AFTER_separator}}<br>{{/AFTER_separator}}{{/AFTER}}</td></tr>{{/ROW}}
</tbody></table></div>{{/HISTORY}}
