@echo off
rem Touchmap's command line: runs touchmap-cli-@project.version@.jar, next to this script, on Java 17 or later
rem (JAVA_HOME, else the java on the PATH), with JAVA_OPTS if set, the quick compiler only and the parallel garbage
rem collector unless JAVA_OPTS say otherwise (a command is a short batch job, see docs/performance.md).
rem
rem Class-data sharing: the first run on a given Java records the classes it loads into an archive in
rem %LOCALAPPDATA%\touchmap\cds, and later runs start from it. TOUCHMAP_CDS=off runs without it.
setlocal
set "JAR=%~dp0touchmap-cli-@project.version@.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not exist "%JAR%" (
    echo Touchmap: cannot find %JAR%; keep this script next to the jar 1>&2
    exit /b 3
)
rem the quick compiler only (but for serve, the preview, which renders for as long as one edits), and the parallel
rem collector unless JAVA_OPTS choose one; JAVA_OPTS come after and win
set "C1=-XX:TieredStopAtLevel=1"
echo( %* | findstr /i /r /c:" serve\>" >nul && set "C1="
set "GC=-XX:+UseParallelGC"
echo(%JAVA_OPTS%| findstr /r /c:"XX:+Use[A-Za-z0-9]*GC" >nul && set "GC="
if /i "%TOUCHMAP_CDS%"=="off" goto plain
if defined LOCALAPPDATA (set "CACHE=%LOCALAPPDATA%\touchmap\cds") else (set "CACHE=%USERPROFILE%\.cache\touchmap\cds")
rem one archive per Java and per jar: the Java's path and the jar's size and time name it
for %%F in ("%JAR%") do set "KEY=%JAVA%-%%~zF-%%~tF"
set "KEY=%KEY:\=_%"
set "KEY=%KEY:/=_%"
set "KEY=%KEY::=_%"
set "KEY=%KEY: =_%"
set "KEY=%KEY:(=_%"
set "KEY=%KEY:)=_%"
set "KEY=%KEY:"=_%"
set "ARCHIVE=%CACHE%\touchmap-@project.version@-%KEY%.jsa"
set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%ARCHIVE%" (
    "%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto %QUIET% %C1% %GC% %JAVA_OPTS% -jar "%JAR%" %*
    exit /b %ERRORLEVEL%
)
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul || goto plain
"%JAVA%" -XX:ArchiveClassesAtExit="%ARCHIVE%.partial" %QUIET% %C1% %GC% %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%ARCHIVE%.partial" move /y "%ARCHIVE%.partial" "%ARCHIVE%" >nul 2>&1
exit /b %STATUS%

:plain
"%JAVA%" %C1% %GC% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
