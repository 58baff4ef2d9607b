<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EnvRunner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing the pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What does “{0}” mean?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Ray…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an RLlib checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch any RLlib checkpoint play, also one made outside this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ray runtime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, big chart and pole, only Start/Stop and speed: for a projector (F5 or Esc to leave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour: show me around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight steps through the window, from the game to what Ray did; it starts the Quick demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RL Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put versions, this machine, Ray&apos;s resources and the last log lines on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes its language when it starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RL Playground is already open — here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Ray at {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray is still starting; training can begin in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep is running and needs Ray&apos;s CPUs; stop it first (Sweep tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray is still starting; resume in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing {0} from iteration {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint saved at iteration {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrained agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current policy after iteration {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mean return {0:.0f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RL Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is still running. Stop it after the current iteration, save a checkpoint and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a checkpoint and closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop training (after the current iteration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause / continue the game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one step of the paused game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push the pole (both poles on Before / after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster / slower (0.25× to 4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play it yourself, on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push the cart while you play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the game as an animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;game as GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words &amp;explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run in the Runs tab (or train one) to export its metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics could not be saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the game as GIF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or continue the game (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the paused game by one step, 1/50 s (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knock the pole so it swings (P); you can also click the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steer the cart yourself with ← and → (H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current game as an animated picture (Ctrl+Shift+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the game runs: 1× is real time (+ and − change it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The game and its four numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is CartPole: a pole stands on a cart, and the cart is pushed left or right to keep it up. The computer sees only four numbers: where the cart is, how fast it moves, how far the pole leans and how fast it falls. From these it chooses: left or right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press H (or “Play it yourself”) and steer with the ← and → keys. It is harder than it looks! Press H again to hand the game back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untrained agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the computer plays, but it has learned nothing yet: it chooses almost at random, and the pole falls within seconds. Nobody will tell it how to balance; it only gets a reward of 1 point for every step the pole stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training makes the computer play thousands of games and learn from them. Next starts the Quick demo (the Start button, or Ctrl+Enter, does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve climbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is one iteration: the computer played a few thousand steps, then improved. The height is the mean return: the points of one whole game, here how many steps the pole stayed up (at most 500). When the curve reaches the dashed line, the game is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pole stays up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every iteration the game on the right plays with the newest policy (the computer&apos;s way of choosing). Watch it: the pole falls later and later, and then no longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press P or click the picture to knock the pole. A trained agent catches it; an untrained one lets it fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Ray did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ray ran the training: it started worker processes (actors; the EnvRunners among them play the game in parallel) and shared their data through its object store. These bars show the processors and the memory it used, and the table lists its processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
