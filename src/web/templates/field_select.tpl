{{%AUTOESCAPE context="HTML"}}<p><label for="{{ID}}">{{LABEL}}</label>{{#HINT}}
<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
<select id="{{ID}}" name="{{NAME}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>{{#OPTION}}
<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTION}}
</select>{{#ERROR}}
<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
