{{%AUTOESCAPE context="HTML"}}<p class="check"><input id="{{ID}}" name="{{NAME}}" type="checkbox" value="yes"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}">{{LABEL}}</label></p>
