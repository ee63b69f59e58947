{{%AUTOESCAPE context="HTML"}}<p><label for="{{ID}}">{{LABEL}}</label>{{#HINT}}
<span id="{{ID}}-hint" class="hint">{{TEXT}}</span>{{/HINT}}
<input id="{{ID}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}"{{#WIDE}} class="wide"{{/WIDE}}{{#INPUTMODE}} inputmode="{{MODE}}"{{/INPUTMODE}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}>{{#ERROR}}
<span id="{{ID}}-error" class="field-error">{{TEXT}}</span>{{/ERROR}}</p>
