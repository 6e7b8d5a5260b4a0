@echo off
rem Touchmap's command line: runs touchmap-cli-@project.version@.jar, next to this script, on Java 17 or later
rem (JAVA_HOME, else the java on the PATH), with JAVA_OPTS if set, and the parallel garbage collector unless
rem JAVA_OPTS choose another (a render is a batch job: G1's concurrent threads compete with it).
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
    "%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto %QUIET% %GC% %JAVA_OPTS% -jar "%JAR%" %*
    exit /b %ERRORLEVEL%
)
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul || goto plain
"%JAVA%" -XX:ArchiveClassesAtExit="%ARCHIVE%.partial" %QUIET% %GC% %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%ARCHIVE%.partial" move /y "%ARCHIVE%.partial" "%ARCHIVE%" >nul 2>&1
exit /b %STATUS%

:plain
"%JAVA%" %GC% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
