@echo off
rem PressDesk's command line on Windows: PressDesk.exe is a windowed program, whose output a console never shows,
rem so this runs the same jar with the runtime installed beside it, exactly as "java -jar pressdesk.jar" does.
rem   "%LOCALAPPDATA%\PressDesk\app\pressdesk.cmd" --version
"%~dp0..\runtime\bin\java.exe" -Xlog:disable -Xlog:all=warning:stderr -jar "%~dp0pressdesk.jar" %*
exit /b %ERRORLEVEL%
