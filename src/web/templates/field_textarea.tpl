{{%AUTOESCAPE context="HTML"}}<p><label for="{{ID}}">{{LABEL}}</label>{{#HINT}}
<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
<textarea id="{{ID}}" name="{{NAME}}" rows="{{ROWS}}" class="wide"{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>{{VALUE:pre_escape}}</textarea>{{#ERROR}}
<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
