<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionMeter</name>
    <message>
        <source>The agent pushes</source>
        <translation>智能体在推</translation>
    </message>
    <message>
        <source>How much the agent&apos;s policy turns the {0} control now (0-100% of its range).</source>
        <translation>智能体的策略此刻把“{0}”调到多大（其范围的 0–100%）。</translation>
    </message>
    <message>
        <source>Which move the agent makes now, and how strongly its policy favours each move.</source>
        <translation>智能体此刻选哪个动作，以及它的策略有多偏向每个动作。</translation>
    </message>
</context>
<context>
    <name>Algorithms</name>
    <message>
        <source>PPO (proximal policy optimization)</source>
        <translation>PPO（近端策略优化）</translation>
    </message>
    <message>
        <source>DQN (deep Q-network)</source>
        <translation>DQN（深度 Q 网络）</translation>
    </message>
    <message>
        <source>SAC (soft actor-critic)</source>
        <translation>SAC（柔性演员-评论家）</translation>
    </message>
</context>
<context>
    <name>ArrowKeys</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} 或 {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>BasicsPanel</name>
    <message>
        <source>Reading the timeline</source>
        <translation>怎么看时间线</translation>
    </message>
    <message>
        <source>Each row is one process, named by its PID (the number your computer gives it). Each bar is one look-up, from start to end.</source>
        <translation>每一行是一个进程，用它的 PID（电脑给它的编号）命名。每个色条是一次查询，从开始到结束。</translation>
    </message>
    <message>
        <source>this program (plain Python)</source>
        <translation>本程序（普通 Python）</translation>
    </message>
    <message>
        <source>a Ray worker running a task</source>
        <translation>正在运行任务的 Ray 工作进程</translation>
    </message>
    <message>
        <source>the DNSServer actor</source>
        <translation>DNSServer Actor</translation>
    </message>
    <message>
        <source>when the program printed an answer</source>
        <translation>程序打印出一个结果的时刻</translation>
    </message>
    <message>
        <source>Bars side by side in time ran at the same moment; bars one after another on a row waited for a free CPU.</source>
        <translation>时间上并排的色条是同时运行的；同一行里前后相接的色条是在等空闲的 CPU。</translation>
    </message>
    <message>
        <source>The lesson stopped: {0}: {1}</source>
        <translation>课程中断了：{0}：{1}</translation>
    </message>
    <message>
        <source>{0} actor</source>
        <translation>{0} Actor</translation>
    </message>
    <message>
        <source>idle worker, waiting for a task</source>
        <translation>空闲的工作进程，正在等任务</translation>
    </message>
    <message>
        <source>task worker: {0}</source>
        <translation>任务工作进程：{0}</translation>
    </message>
    <message>
        <source>Ray&apos;s own helper ({0})</source>
        <translation>Ray 自己的辅助进程（{0}）</translation>
    </message>
    <message>
        <source>Go through the steps in order: each one changes a few lines of the one before.</source>
        <translation>按顺序一步步来：每一步只改动上一步的几行代码。</translation>
    </message>
    <message>
        <source>How many web addresses to look up: each look-up is one task.</source>
        <translation>要查询多少个网址：每次查询就是一个任务。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long each look-up takes (the lesson makes it wait, like a slow network).</source>
        <translation>每次查询要花多长时间（课程故意让它等待，就像网络很慢一样）。</translation>
    </message>
    <message>
        <source>How many CPUs each task asks Ray for. Ray runs a task only when that many are free, so asking for more makes tasks wait for each other; asking for half a CPU lets two share one.</source>
        <translation>每个任务向 Ray 申请几个 CPU。只有空闲 CPU 足够时 Ray 才会运行任务，所以申请得多，任务就要互相等待；申请半个 CPU，两个任务就能共用一个。</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>运行 ▶</translation>
    </message>
    <message>
        <source>Run this step now on your computer&apos;s Ray.</source>
        <translation>现在就在你电脑上的 Ray 里运行这一步。</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>网址数</translation>
    </message>
    <message>
        <source>Each look-up takes</source>
        <translation>每次查询耗时</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>每个任务的 CPU</translation>
    </message>
    <message>
        <source>The code of this step, exactly as it runs (written after the classic Ray tutorial).</source>
        <translation>这一步的代码，和实际运行的完全一样（仿照经典的 Ray 教程编写）。</translation>
    </message>
    <message>
        <source>What the code prints appears here.</source>
        <translation>代码打印的内容会显示在这里。</translation>
    </message>
    <message>
        <source>What it printed</source>
        <translation>它打印了什么</translation>
    </message>
    <message>
        <source>Timeline: which process did each look-up, and when</source>
        <translation>时间线：每次查询由哪个进程、在什么时候完成</translation>
    </message>
    <message>
        <source>What runs there</source>
        <translation>在运行什么</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Ray&apos;s actors and worker processes on this computer, refreshed every few seconds.</source>
        <translation>这台电脑上 Ray 的 Actor 和工作进程，每隔几秒刷新一次。</translation>
    </message>
    <message>
        <source>Ray&apos;s actors and worker processes, live</source>
        <translation>Ray 的 Actor 和工作进程（实时）</translation>
    </message>
    <message>
        <source>Ray is still starting; the lesson can run in a moment.</source>
        <translation>Ray 还在启动中，稍等片刻就能运行课程。</translation>
    </message>
    <message>
        <source>Running “{0}”…</source>
        <translation>正在运行“{0}”…</translation>
    </message>
    <message>
        <source>{0}: {1:.2f} seconds</source>
        <translation>{0}：{1:.2f} 秒</translation>
    </message>
    <message>
        <source> for {0} look-ups of {1:g} s</source>
        <translation>，共 {0} 次查询，每次 {1:g} 秒</translation>
    </message>
    <message>
        <source>, {0:g} CPU per task</source>
        <translation>，每个任务 {0:g} 个 CPU</translation>
    </message>
    <message>
        <source> (plain Python took {0:.2f} s)</source>
        <translation>（普通 Python 用了 {0:.2f} 秒）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Ray has {0:g} CPUs; {1:g} free now.</source>
        <translation>Ray 共有 {0:g} 个 CPU，现在空闲 {1:g} 个。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Environment steps</source>
        <translation>环境步数</translation>
    </message>
    <message>
        <source>environment steps</source>
        <translation>环境步数</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>实际用时（秒）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Episode length</source>
        <translation>回合长度</translation>
    </message>
    <message>
        <source>Policy loss</source>
        <translation>策略损失</translation>
    </message>
    <message>
        <source>Value loss</source>
        <translation>价值损失</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <source>What the horizontal axis counts.</source>
        <translation>横轴计的是什么。</translation>
    </message>
    <message>
        <source>What the lower chart shows: how long games last, or what the learner is minimising.</source>
        <translation>下方图表显示什么：每局游戏持续多久，或者学习器在最小化的量。</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>x-axis:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>lower chart:</source>
        <translation>下方图表：</translation>
    </message>
    <message>
        <source>Mean episode return — {0}</source>
        <translation>平均回合回报 — {0}</translation>
    </message>
    <message>
        <source>Mean episode return</source>
        <translation>平均回合回报</translation>
    </message>
    <message>
        <source>The return is the score of one game: {0}.</source>
        <translation>回报就是一局游戏的得分：{0}。</translation>
    </message>
    <message>
        <source>solved ({0:g})</source>
        <translation>已解决（{0:g}）</translation>
    </message>
    <message>
        <source>target ({0:g})</source>
        <translation>目标（{0:g}）</translation>
    </message>
</context>
<context>
    <name>CheckpointScrubber</name>
    <message>
        <source>Drag to go back in time: each mark is a checkpoint saved during training.</source>
        <translation>拖动可以回到过去：每个刻度是训练中保存的一个检查点。</translation>
    </message>
    <message>
        <source>No checkpoints yet</source>
        <translation>还没有检查点</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Play the newest policy of the training that is running (or the untrained agent).</source>
        <translation>用正在进行的训练的最新策略来玩（或者用未训练的智能体）。</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>iteration {0} ({1}/{2})</source>
        <translation>第 {0} 次迭代（{1}/{2}）</translation>
    </message>
    <message>
        <source>{0}, checkpoint at iteration {1}</source>
        <translation>{0}，第 {1} 次迭代的检查点</translation>
    </message>
</context>
<context>
    <name>CheckpointViewer</name>
    <message>
        <source>RLlib checkpoints are Python pickles: loading one can run any code it contains. Open it only if you trust where it came from. Open it?</source>
        <translation>RLlib 检查点是 Python pickle 文件：加载它可能运行其中的任何代码。只有在你信任它的来源时才打开。要打开吗？</translation>
    </message>
    <message>
        <source>Ray is still starting; this checkpoint can be read in a moment.</source>
        <translation>Ray 还在启动中，稍后即可读取这个检查点。</translation>
    </message>
    <message>
        <source>Reading the checkpoint…</source>
        <translation>正在读取检查点…</translation>
    </message>
    <message>
        <source>Open an RLlib checkpoint folder</source>
        <translation>打开一个 RLlib 检查点文件夹</translation>
    </message>
    <message>
        <source>Open a checkpoint from outside the app?</source>
        <translation>打开一个来自本应用之外的检查点？</translation>
    </message>
    <message>
        <source>Checkpoint {0} ({1})</source>
        <translation>检查点 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Who plays on the left: the untrained agent, the current policy or a checkpoint.</source>
        <translation>谁在左边玩：未训练的智能体、当前策略，或者某个检查点。</translation>
    </message>
    <message>
        <source>Who plays on the right: the untrained agent, the current policy or a checkpoint.</source>
        <translation>谁在右边玩：未训练的智能体、当前策略，或者某个检查点。</translation>
    </message>
    <message>
        <source>Two agents, the same game: both start from exactly the same position.</source>
        <translation>两个智能体，同一局游戏：两边从完全相同的位置开始。</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>新一局</translation>
    </message>
    <message>
        <source>Both play again from a new (shared) starting position.</source>
        <translation>两边从一个新的（相同的）起始位置重新开始。</translation>
    </message>
    <message>
        <source>Push both</source>
        <translation>两边一起推</translation>
    </message>
    <message>
        <source>Knock both games the same way at the same moment (P on this tab).</source>
        <translation>在同一时刻用同样的方式推两边的游戏（在此标签页按 P）。</translation>
    </message>
    <message>
        <source>checkpoint at iteration {0}</source>
        <translation>第 {0} 次迭代的检查点</translation>
    </message>
    <message>
        <source>Untrained agent (random moves)</source>
        <translation>未训练的智能体（随机动作）</translation>
    </message>
    <message>
        <source>Current policy (live training)</source>
        <translation>当前策略（训练进行中）</translation>
    </message>
    <message>
        <source>This checkpoint cannot be played.</source>
        <translation>这个检查点无法播放。</translation>
    </message>
    <message>
        <source>game #{0}: the same start for both</source>
        <translation>第 {0} 局：两边起点相同</translation>
    </message>
    <message>
        <source>after {0} steps</source>
        <translation>坚持了 {0} 步</translation>
    </message>
    <message>
        <source>score {0:.0f} after {1} steps</source>
        <translation>{1} 步后得分 {0:.0f}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>诊断信息已复制到剪贴板：请粘贴到你的问题报告中。</translation>
    </message>
</context>
<context>
    <name>Games</name>
    <message>
        <source>Acrobot</source>
        <translation>双节摆臂</translation>
    </message>
    <message>
        <source>Swing the two-link arm, pushing only at its elbow, until its end rises above the line.</source>
        <translation>只在“肘部”用力，把两节的摆臂荡起来，直到末端高过那条线。</translation>
    </message>
    <message>
        <source>minus one point for every step until the arm&apos;s end is above the line</source>
        <translation>在摆臂末端高过那条线之前，每一步扣一分</translation>
    </message>
    <message>
        <source>Upper link: cos</source>
        <translation>上臂：cos</translation>
    </message>
    <message>
        <source>Upper link: sin</source>
        <translation>上臂：sin</translation>
    </message>
    <message>
        <source>Lower link: cos</source>
        <translation>下臂：cos</translation>
    </message>
    <message>
        <source>Lower link: sin</source>
        <translation>下臂：sin</translation>
    </message>
    <message>
        <source>Upper link speed</source>
        <translation>上臂转速</translation>
    </message>
    <message>
        <source>°/s</source>
        <translation>°/秒</translation>
    </message>
    <message>
        <source>Lower link speed</source>
        <translation>下臂转速</translation>
    </message>
    <message>
        <source>swing left</source>
        <translation>向左荡</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>不动</translation>
    </message>
    <message>
        <source>swing right</source>
        <translation>向右荡</translation>
    </message>
    <message>
        <source>about a minute on a laptop</source>
        <translation>在笔记本电脑上约一分钟</translation>
    </message>
    <message>
        <source>Out of time</source>
        <translation>时间到了</translation>
    </message>
    <message>
        <source>Above the line!</source>
        <translation>过线了！</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>CartPole</source>
        <translation>CartPole 倒立摆</translation>
    </message>
    <message>
        <source>Keep the pole upright by pushing the cart left or right.</source>
        <translation>向左或向右推小车，让杆子保持直立。</translation>
    </message>
    <message>
        <source>one point for every step the pole stays up</source>
        <translation>杆子每多立住一步就得一分</translation>
    </message>
    <message>
        <source>Cart position</source>
        <translation>小车位置</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Cart speed</source>
        <translation>小车速度</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>米/秒</translation>
    </message>
    <message>
        <source>Pole angle</source>
        <translation>杆子角度</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Pole tipping speed</source>
        <translation>杆子倾倒速度</translation>
    </message>
    <message>
        <source>left</source>
        <translation>向左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <source>about 10 seconds on a laptop</source>
        <translation>在笔记本电脑上约 10 秒</translation>
    </message>
    <message>
        <source>The pole fell</source>
        <translation>杆子倒了</translation>
    </message>
    <message>
        <source>Kept it up!</source>
        <translation>立住了！</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Frozen lake</source>
        <translation>冰湖</translation>
    </message>
    <message>
        <source>Walk from the top-left corner to the present without stepping into a hole in the ice.</source>
        <translation>从左上角走到礼物那里，别掉进冰窟窿。</translation>
    </message>
    <message>
        <source>one point for reaching the present, nothing otherwise</source>
        <translation>拿到礼物得一分，否则不得分</translation>
    </message>
    <message>
        <source>Square (0-15)</source>
        <translation>格子（0–15）</translation>
    </message>
    <message>
        <source>down</source>
        <translation>向下</translation>
    </message>
    <message>
        <source>up</source>
        <translation>向上</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>几秒钟</translation>
    </message>
    <message>
        <source>Fell into a hole</source>
        <translation>掉进冰窟窿了</translation>
    </message>
    <message>
        <source>Reached the present!</source>
        <translation>拿到礼物了！</translation>
    </message>
    <message>
        <source>Lunar lander</source>
        <translation>登月着陆器</translation>
    </message>
    <message>
        <source>Land the craft softly between the two flags, firing the main and side engines as little as possible.</source>
        <translation>让飞船轻轻降落在两面旗子之间，主引擎和侧引擎点火越少越好。</translation>
    </message>
    <message>
        <source>points for getting close and landing gently, minus points for crashing and for fuel</source>
        <translation>靠近目标、轻柔着陆会得分，坠毁和耗油会扣分</translation>
    </message>
    <message>
        <source>Position x</source>
        <translation>水平位置</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Speed x</source>
        <translation>水平速度</translation>
    </message>
    <message>
        <source>Speed down/up</source>
        <translation>垂直速度</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>弧度</translation>
    </message>
    <message>
        <source>Turning</source>
        <translation>转动</translation>
    </message>
    <message>
        <source>rad/s</source>
        <translation>弧度/秒</translation>
    </message>
    <message>
        <source>Left leg down</source>
        <translation>左脚着地</translation>
    </message>
    <message>
        <source>Right leg down</source>
        <translation>右脚着地</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>不动</translation>
    </message>
    <message>
        <source>left engine</source>
        <translation>左引擎</translation>
    </message>
    <message>
        <source>main engine</source>
        <translation>主引擎</translation>
    </message>
    <message>
        <source>right engine</source>
        <translation>右引擎</translation>
    </message>
    <message>
        <source>a few minutes — usually 3 to 6 on a 2-core laptop to reach the line (press &apos;Watch a trained one&apos; to see a landing at once)</source>
        <translation>几分钟——在双核笔记本上通常 3 到 6 分钟就能达到这条线（按“看一个训练好的”可立刻看到一次着陆）</translation>
    </message>
    <message>
        <source>Crashed or drifted off</source>
        <translation>坠毁或飞远了</translation>
    </message>
    <message>
        <source>Landed!</source>
        <translation>着陆了！</translation>
    </message>
    <message>
        <source>Mountain car</source>
        <translation>小车爬山</translation>
    </message>
    <message>
        <source>Drive the weak car up the right-hand hill to the flag: rock back and forth to gain speed.</source>
        <translation>把动力不足的小车开上右边的山坡到达旗子：来回晃动来积累速度。</translation>
    </message>
    <message>
        <source>minus one point for every step until the car reaches the flag</source>
        <translation>小车到达旗子之前，每一步扣一分</translation>
    </message>
    <message>
        <source>Car position</source>
        <translation>小车位置</translation>
    </message>
    <message>
        <source>Car speed</source>
        <translation>小车速度</translation>
    </message>
    <message>
        <source>push left</source>
        <translation>向左推</translation>
    </message>
    <message>
        <source>no push</source>
        <translation>不推</translation>
    </message>
    <message>
        <source>push right</source>
        <translation>向右推</translation>
    </message>
    <message>
        <source>a minute or two: the flag pays only once the car gets there, so the agent must find it first</source>
        <translation>一两分钟：只有小车到达旗子才有奖励，所以智能体得先找到它</translation>
    </message>
    <message>
        <source>Reached the flag!</source>
        <translation>到达旗子了！</translation>
    </message>
    <message>
        <source>Pendulum</source>
        <translation>单摆</translation>
    </message>
    <message>
        <source>Swing the pendulum up and hold it upright, using as little motor force as possible.</source>
        <translation>把摆杆甩上去并保持竖直，电机用力越少越好。</translation>
    </message>
    <message>
        <source>a penalty each step for being away from upright, for speed and for motor force</source>
        <translation>每一步都会因偏离竖直、转得太快和电机用力而被扣分</translation>
    </message>
    <message>
        <source>Angle: cos</source>
        <translation>角度：cos</translation>
    </message>
    <message>
        <source>Angle: sin</source>
        <translation>角度：sin</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>转速</translation>
    </message>
    <message>
        <source>motor torque</source>
        <translation>电机扭矩</translation>
    </message>
    <message>
        <source>Not upright yet</source>
        <translation>还没立起来</translation>
    </message>
    <message>
        <source>Held it up!</source>
        <translation>立住了！</translation>
    </message>
    <message>
        <source>Game over</source>
        <translation>游戏结束</translation>
    </message>
    <message>
        <source>Solved!</source>
        <translation>解决了！</translation>
    </message>
    <message>
        <source>A gymnasium environment outside RL Playground&apos;s catalog.</source>
        <translation>RL Playground 游戏目录之外的一个 gymnasium 环境。</translation>
    </message>
    <message>
        <source>action</source>
        <translation>动作</translation>
    </message>
</context>
<context>
    <name>GifSaver</name>
    <message>
        <source>Save the game as an animated GIF</source>
        <translation>把游戏保存为 GIF 动画</translation>
    </message>
    <message>
        <source>The GIF could not be saved: {0}</source>
        <translation>无法保存 GIF：{0}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>PPO</source>
        <translation>PPO（近似策略优化）</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>EnvRunner</source>
        <translation>EnvRunner（环境运行器）</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor（执行者）</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>What the agent sees</source>
        <translation>智能体看到什么</translation>
    </message>
    <message>
        <source>Pushing the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What does “{0}” mean?</source>
        <translation>“{0}”是什么意思？</translation>
    </message>
</context>
<context>
    <name>HumanBar</name>
    <message>
        <source>Hold to keep making this move; the keys shown do the same.</source>
        <translation>按住就会一直做这个动作；按上面显示的键效果一样。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. Plain Python</source>
        <translation>1. 普通 Python</translation>
    </message>
    <message>
        <source>2. Ray tasks, waited for one by one</source>
        <translation>2. Ray 任务，一个一个地等</translation>
    </message>
    <message>
        <source>3. Launch them all, then wait once</source>
        <translation>3. 全部发出去，再一起等</translation>
    </message>
    <message>
        <source>4. ray.wait: take results as they arrive</source>
        <translation>4. ray.wait：结果到一个取一个</translation>
    </message>
    <message>
        <source>5. An actor: the DNSServer</source>
        <translation>5. 一个 Actor：DNSServer</translation>
    </message>
    <message>
        <source>A computer program usually does one thing after another. Here each look-up of a web address takes half a second (we make it wait, like a slow network would), so three look-ups take about three half-seconds. The timeline shows one bar per look-up, all in this program&apos;s own process.</source>
        <translation>计算机程序通常是做完一件事再做下一件。这里每查询一个网址要花半秒（我们故意让它等待，就像网络很慢一样），所以三次查询大约要三个半秒。时间线上每次查询是一个色条，全都在本程序自己的进程里。</translation>
    </message>
    <message>
        <source>Ray turns the same function into a task with one line, @ray.remote. Calling it with .remote() sends it to a Ray worker process and gives back a ticket (an object reference) at once. But here we cash the ticket with ray.get straight away, which waits for the task to finish before the next one is even sent. So it still takes as long as plain Python: the bars never overlap. (Before the clock starts, the lesson lets Ray&apos;s worker processes load its code once, so you time only the look-ups.)</source>
        <translation>Ray 只用一行 @ray.remote 就把同一个函数变成任务。用 .remote() 调用它，会把它交给一个 Ray 工作进程，并立刻返回一张“取货单”（对象引用）。但这里我们马上用 ray.get 兑现取货单，它要等这个任务做完，下一个任务才会发出去。所以用时仍和普通 Python 一样：色条从不重叠。（计时开始前，课程先让 Ray 的工作进程把代码加载一次，所以计的只是查询的时间。）</translation>
    </message>
    <message>
        <source>Now we send every task first and only then wait for all the tickets with one ray.get. The tasks run side by side in different worker processes, one per free CPU. With a CPU for every name the whole thing takes about one look-up&apos;s time. With more names than CPUs, the extra tasks queue and run in a second wave: look at the rows of the timeline.</source>
        <translation>现在我们先把所有任务都发出去，然后只用一次 ray.get 等全部取货单。这些任务在不同的工作进程里并排运行，每个空闲 CPU 一个。如果每个网址都有一个 CPU，整件事只需大约一次查询的时间。如果网址比 CPU 多，多出来的任务就得排队，在第二波里运行：看看时间线上的各行。</translation>
    </message>
    <message>
        <source>ray.get on a list waits for the slowest task. ray.wait instead hands back whichever tasks are done, so each answer is printed as soon as it exists. The printed times now differ: the first wave&apos;s answers appear before the second wave has finished.</source>
        <translation>对一个列表调用 ray.get 会等最慢的那个任务。ray.wait 则是哪些任务做完了就先交回哪些，所以每个结果一出来就会被打印。现在打印出的时间各不相同：第一波的结果会在第二波完成之前出现。</translation>
    </message>
    <message>
        <source>A task forgets everything when it ends. An actor is a Ray worker that keeps data: here a small DNS server holding the address table. We create it with .remote, change its table with update_address, read it back with get_addresses, and let tasks look names up through it. A task that asks the actor gets back a ticket for the actor&apos;s answer, so the driver gets a ticket that holds a ticket: two levels of references. Calls to one actor run one at a time, in the order they were sent: the last bars show three slow updates queueing on the actor&apos;s row.</source>
        <translation>任务一结束就什么都不记得了。Actor 是一个能保存数据的 Ray 工作进程：这里是一个保存地址表的小 DNS 服务器。我们用 .remote 创建它，用 update_address 修改它的地址表，用 get_addresses 读回来，再让任务通过它来查询网址。向 Actor 提问的任务拿到的是 Actor 答案的取货单，所以驱动程序拿到的是“装着取货单的取货单”：两层引用。对同一个 Actor 的调用按发出的顺序一次只运行一个：最后几个色条显示三次很慢的更新在 Actor 那一行上排队。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation>强化学习</translation>
    </message>
    <message>
        <source>Ray basics</source>
        <translation>Ray 基础</translation>
    </message>
    <message>
        <source>Starting Ray…</source>
        <translation>正在启动 Ray…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open an RLlib checkpoint…</source>
        <translation>打开 RLlib 检查点(&amp;O)…</translation>
    </message>
    <message>
        <source>Watch any RLlib checkpoint play, also one made outside this app.</source>
        <translation>观看任意 RLlib 检查点玩游戏，包括在本应用之外生成的检查点。</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ray runtime…</source>
        <translation>Ray 运行时(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, big chart and pole, only Start/Stop and speed: for a projector (F5 or Esc to leave).</source>
        <translation>全屏、大图表和大杆子，只留开始/停止和速度：适合投影仪（按 F5 或 Esc 退出）。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tour: show me around</source>
        <translation>导览：带我看一看(&amp;T)</translation>
    </message>
    <message>
        <source>Eight steps through the window, from the game to what Ray did; it starts the Quick demo.</source>
        <translation>分八步介绍窗口：从游戏讲到 Ray 做了什么；途中会启动快速演示。</translation>
    </message>
    <message>
        <source>&amp;About RL Playground</source>
        <translation>关于 RL Playground(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>Put versions, this machine, Ray&apos;s resources and the last log lines on the clipboard.</source>
        <translation>把版本、本机信息、Ray 的资源和最近的日志复制到剪贴板。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window changes its language when it starts again. Restart now?</source>
        <translation>窗口在重新启动后切换语言。现在重启吗？</translation>
    </message>
    <message>
        <source>RL Playground is already open — here it is.</source>
        <translation>RL Playground 已经打开了——就在这里。</translation>
    </message>
    <message>
        <source>Connecting to Ray at {0}…</source>
        <translation>正在连接 {0} 上的 Ray…</translation>
    </message>
    <message>
        <source>Ray is not available: {0}</source>
        <translation>Ray 不可用：{0}</translation>
    </message>
    <message>
        <source>Ray is still starting; training can begin in a moment.</source>
        <translation>Ray 还在启动中，稍后即可开始训练。</translation>
    </message>
    <message>
        <source>A sweep is running and needs Ray&apos;s CPUs; stop it first (Sweep tab).</source>
        <translation>一次参数搜索正在运行，占用着 Ray 的 CPU；请先停止它（参数搜索标签页）。</translation>
    </message>
    <message>
        <source>Ray is still starting; resume in a moment.</source>
        <translation>Ray 还在启动中，请稍后再继续训练。</translation>
    </message>
    <message>
        <source>Continuing {0} from iteration {1}.</source>
        <translation>从第 {1} 次迭代继续 {0}。</translation>
    </message>
    <message>
        <source>Checkpoint saved at iteration {0}.</source>
        <translation>已在第 {0} 次迭代保存检查点。</translation>
    </message>
    <message>
        <source>Untrained agent</source>
        <translation>未训练的智能体</translation>
    </message>
    <message>
        <source>Current policy after iteration {0}</source>
        <translation>第 {0} 次迭代后的当前策略</translation>
    </message>
    <message>
        <source> (mean return {0:.0f})</source>
        <translation>（平均回报 {0:.0f}）</translation>
    </message>
    <message>
        <source>Training finished: {0}.</source>
        <translation>训练结束：{0}。</translation>
    </message>
    <message>
        <source>About RL Playground</source>
        <translation>关于 RL Playground</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Training is still running. Stop it after the current iteration, save a checkpoint and quit?</source>
        <translation>训练仍在进行。在当前迭代结束后停止、保存检查点并退出吗？</translation>
    </message>
    <message>
        <source>Saving a checkpoint and closing…</source>
        <translation>正在保存检查点并关闭…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>stop training (after the current iteration)</source>
        <translation>停止训练（在当前迭代结束后）</translation>
    </message>
    <message>
        <source>pause / continue the game</source>
        <translation>暂停 / 继续游戏</translation>
    </message>
    <message>
        <source>one step of the paused game</source>
        <translation>让暂停的游戏走一步</translation>
    </message>
    <message>
        <source>push the pole (both poles on Before / after)</source>
        <translation>推一下杆子（在“训练前 / 后”中两根杆子一起推）</translation>
    </message>
    <message>
        <source>faster / slower (0.25× to 4×)</source>
        <translation>加快 / 减慢（0.25× 到 4×）</translation>
    </message>
    <message>
        <source>play it yourself, on and off</source>
        <translation>自己来玩：打开 / 关闭</translation>
    </message>
    <message>
        <source>push the cart while you play</source>
        <translation>自己玩时推动小车</translation>
    </message>
    <message>
        <source>save the game as an animated GIF</source>
        <translation>把游戏保存为 GIF 动画</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
    <message>
        <source>Save the &amp;game as GIF…</source>
        <translation>把游戏保存为 GIF(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the &amp;charts as PNG…</source>
        <translation>把图表保存为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;metrics as CSV…</source>
        <translation>把这次运行的指标导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Simulator</source>
        <translation>模拟器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>我在看什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Words &amp;explained</source>
        <translation>术语解释(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}.</source>
        <translation>已保存 {0} 帧到 {1}。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Save the charts as a picture</source>
        <translation>把图表保存为图片</translation>
    </message>
    <message>
        <source>The picture could not be saved to {0}.</source>
        <translation>无法把图片保存到 {0}。</translation>
    </message>
    <message>
        <source>Choose a run in the Runs tab (or train one) to export its metrics.</source>
        <translation>请在“运行记录”标签页中选择一次运行（或先训练一次）再导出指标。</translation>
    </message>
    <message>
        <source>Export the run&apos;s metrics</source>
        <translation>导出这次运行的指标</translation>
    </message>
    <message>
        <source>The metrics could not be saved: {0}.</source>
        <translation>无法保存指标：{0}。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The lesson can look up between 1 and {max_names} names, not {names}.</source>
        <translation>课程可以查询 1 到 {max_names} 个网址，而不是 {names} 个。</translation>
    </message>
    <message>
        <source>Each look-up can take between {low:g} and {high:g} seconds, not {delay_s:g}.</source>
        <translation>每次查询的耗时可以是 {low:g} 到 {high:g} 秒，而不是 {delay_s:g} 秒。</translation>
    </message>
    <message>
        <source>A task can ask for between {low:g} and {high:g} CPUs, not {cpus_per_task:g}.</source>
        <translation>一个任务可以申请 {low:g} 到 {high:g} 个 CPU，而不是 {cpus_per_task:g} 个。</translation>
    </message>
    <message>
        <source>Each task asks for {asked:g} CPUs but Ray has only {total:g}: ask for fewer CPUs per task.</source>
        <translation>每个任务申请 {asked:g} 个 CPU，但 Ray 总共只有 {total:g} 个：请让每个任务少申请一些。</translation>
    </message>
    <message>
        <source>Ray has only {free:g} of its {total:g} CPUs free (training or another lesson is using them) and each task asks for {asked:g}: stop training or ask for fewer CPUs per task.</source>
        <translation>Ray 的 {total:g} 个 CPU 中只有 {free:g} 个空闲（训练或另一个课程正在使用），而每个任务申请 {asked:g} 个：请停止训练，或让每个任务少申请一些 CPU。</translation>
    </message>
    <message>
        <source>Ray ready — {cpus:g} CPUs, {gpus:g} GPUs, {memory:.1f} GiB memory, {store:.1f} GiB object store</source>
        <translation>Ray 已就绪 — {cpus:g} 个 CPU，{gpus:g} 个 GPU，{memory:.1f} GiB 内存，{store:.1f} GiB 对象存储</translation>
    </message>
    <message>
        <source>{what} must be between {low:g} and {high:g}.</source>
        <translation>{what}必须在 {low:g} 到 {high:g} 之间。</translation>
    </message>
    <message>
        <source>Unknown preset {name}; choose quick or standard.</source>
        <translation>没有名为 {name} 的预设；请选择 quick 或 standard。</translation>
    </message>
    <message>
        <source>Unknown algorithm {name}; choose one of {choices}.</source>
        <translation>没有名为 {name} 的算法；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>Hidden layers must be a list of sizes such as 64,64.</source>
        <translation>隐藏层必须是一串层大小，例如 64,64。</translation>
    </message>
    <message>
        <source>The network needs between 1 and {layers} hidden layers of at most {width} units.</source>
        <translation>网络需要 1 到 {layers} 个隐藏层，每层最多 {width} 个单元。</translation>
    </message>
    <message>
        <source>Hidden layers must be whole numbers such as 64,64, not {text}.</source>
        <translation>隐藏层必须是整数，例如 64,64，而不是 {text}。</translation>
    </message>
    <message>
        <source>{name} must be a whole number of at most {limit} characters.</source>
        <translation>{name}必须是不超过 {limit} 个字符的整数。</translation>
    </message>
    <message>
        <source>{name} must be a number of at most {limit} characters.</source>
        <translation>{name}必须是不超过 {limit} 个字符的数字。</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {text}.</source>
        <translation>{name}必须是整数，而不是 {text}。</translation>
    </message>
    <message>
        <source>{name} must be a number, not {text}.</source>
        <translation>{name}必须是数字，而不是 {text}。</translation>
    </message>
    <message>
        <source>{name} must be a finite number.</source>
        <translation>{name}必须是有限的数字。</translation>
    </message>
    <message>
        <source>{name} must be yes or no, not {text}.</source>
        <translation>{name}必须是 yes 或 no，而不是 {text}。</translation>
    </message>
    <message>
        <source>{algorithm} cannot play {game}, whose action is an amount (a continuous action); use {able}.</source>
        <translation>{algorithm} 玩不了{game}，因为它的动作是一个数量（连续动作）；请用 {able}。</translation>
    </message>
    <message>
        <source>{algorithm} cannot play {game}, whose action is one of a few moves; use {able}.</source>
        <translation>{algorithm} 玩不了{game}，因为它的动作是几个选项之一；请用 {able}。</translation>
    </message>
    <message>
        <source>State-dependent exploration tries amounts, but {game}&apos;s action is one of a few moves; turn it off.</source>
        <translation>状态相关探索试的是数量，但{game}的动作是几个选项之一；请把它关掉。</translation>
    </message>
    <message>
        <source>The network needs between 1 and {layers} hidden layers.</source>
        <translation>网络需要 1 到 {layers} 个隐藏层。</translation>
    </message>
    <message>
        <source>Each hidden layer must have between 1 and {width} units.</source>
        <translation>每个隐藏层必须有 1 到 {width} 个单元。</translation>
    </message>
    <message>
        <source>The train batch size must be between 32 and {high:,} steps.</source>
        <translation>训练批大小必须在 32 到 {high:,} 步之间。</translation>
    </message>
    <message>
        <source>The minibatch must be at least 8 steps and no larger than the train batch.</source>
        <translation>小批量至少要 8 步，且不能大于训练批。</translation>
    </message>
    <message>
        <source>Extra RLlib settings must be a JSON object such as {&quot;lr&quot;: 0.001}.</source>
        <translation>额外的 RLlib 设置必须是一个 JSON 对象，例如 {&quot;lr&quot;: 0.001}。</translation>
    </message>
    <message>
        <source>These settings need {needed} CPUs (1 for the run + {runners} EnvRunners) but Ray has {free:g} free; use at most {most} EnvRunners.</source>
        <translation>这些设置需要 {needed} 个 CPU（运行本身 1 个 + {runners} 个 EnvRunner），但 Ray 只有 {free:g} 个空闲；最多使用 {most} 个 EnvRunner。</translation>
    </message>
    <message>
        <source>The target mean return must be a finite number (or empty: never stop early).</source>
        <translation>目标平均回报必须是有限的数字（或留空：不提前停止）。</translation>
    </message>
    <message>
        <source>The target mean return must be above {low:g} and at most {high:g} ({game}&apos;s maximum).</source>
        <translation>目标平均回报必须大于 {low:g}，且不超过 {high:g}（{game}的最高分）。</translation>
    </message>
    <message>
        <source>You: {score:.0f} {unit}</source>
        <translation>你：{score:.0f} {unit}</translation>
    </message>
    <message>
        <source>Your last game: {score:.0f} {unit}</source>
        <translation>你上一局：{score:.0f} {unit}</translation>
    </message>
    <message>
        <source>Your turn!</source>
        <translation>轮到你了！</translation>
    </message>
    <message>
        <source>{now}
your best: {yours} · the agent&apos;s best: {agent}</source>
        <translation>{now}
你的最好成绩：{yours} · 智能体的最好成绩：{agent}</translation>
    </message>
    <message>
        <source>Ray could not start ({reason})</source>
        <translation>Ray 无法启动（{reason}）</translation>
    </message>
    <message>
        <source>The engine refused that: {error}</source>
        <translation>引擎拒绝了这个操作：{error}</translation>
    </message>
    <message>
        <source>Could not write the run to disk ({error}); training stopped.</source>
        <translation>无法把这次运行写入磁盘（{error}）；训练已停止。</translation>
    </message>
    <message>
        <source>The checkpoint could not be read ({error}).</source>
        <translation>无法读取检查点（{error}）。</translation>
    </message>
    <message>
        <source>The policy file in {folder} is damaged ({error}).</source>
        <translation>{folder} 里的策略文件已损坏（{error}）。</translation>
    </message>
    <message>
        <source>{folder} is not an RLlib checkpoint (no policy inside).</source>
        <translation>{folder} 不是 RLlib 检查点（里面没有策略）。</translation>
    </message>
    <message>
        <source>The checkpoint in {folder} could not be read ({error}).</source>
        <translation>无法读取 {folder} 里的检查点（{error}）。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly; the run is marked interrupted — choose it under Runs and press Resume to continue from its last checkpoint.</source>
        <translation>训练进程意外停止了；这次运行已标记为“已中断”——在“运行记录”里选中它，按“继续训练”即可从最后一个检查点接着训练。</translation>
    </message>
    <message>
        <source>Lost contact with the training process ({error}).</source>
        <translation>与训练进程失去联系（{error}）。</translation>
    </message>
    <message>
        <source>Stopping the sweep; it can be resumed later.</source>
        <translation>正在停止参数扫描；之后可以继续。</translation>
    </message>
    <message>
        <source>Starting Ray Tune…</source>
        <translation>正在启动 Ray Tune…</translation>
    </message>
    <message>
        <source>The sweep failed: {error}</source>
        <translation>参数扫描失败：{error}</translation>
    </message>
    <message>
        <source>The sweep&apos;s process stopped; resume the sweep to finish its trials.</source>
        <translation>参数扫描的进程停止了；继续这次扫描即可完成剩下的试验。</translation>
    </message>
    <message>
        <source>Could not write the sweep to disk ({error}); it was stopped.</source>
        <translation>无法把参数扫描写入磁盘（{error}）；扫描已停止。</translation>
    </message>
    <message>
        <source>Building the {algorithm} algorithm…</source>
        <translation>正在构建 {algorithm} 算法…</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>训练失败：{error}</translation>
    </message>
    <message>
        <source>reached {n} iterations</source>
        <translation>已达到 {n} 次迭代</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>reached mean return {target:g}</source>
        <translation>平均回报已达到 {target:g}</translation>
    </message>
    <message>
        <source>reached {steps:,} environment steps</source>
        <translation>已达到 {steps:,} 个环境步</translation>
    </message>
    <message>
        <source>reached {seconds:g} seconds of training</source>
        <translation>已训练 {seconds:g} 秒</translation>
    </message>
    <message>
        <source>A worker node ({where}) left the cluster; training goes on with {count} EnvRunner(s).</source>
        <translation>一个工作节点（{where}）离开了集群；训练继续，使用 {count} 个 EnvRunner。</translation>
    </message>
    <message>
        <source>An EnvRunner stopped; training goes on with {count} EnvRunner(s).</source>
        <translation>一个 EnvRunner 停止了；训练继续，使用 {count} 个 EnvRunner。</translation>
    </message>
    <message>
        <source>RLlib restarted an EnvRunner; training goes on with {count} EnvRunner(s).</source>
        <translation>RLlib 重启了一个 EnvRunner；训练继续，使用 {count} 个 EnvRunner。</translation>
    </message>
    <message>
        <source>These weights are not an RLlib PPO, DQN or SAC policy with a fully connected network.</source>
        <translation>这些权重不是使用全连接网络的 RLlib PPO、DQN 或 SAC 策略。</translation>
    </message>
    <message>
        <source>This policy expects {got_in} observations and gives {got_out} outputs, but {game} needs {inputs} and {outputs}.</source>
        <translation>这个策略需要 {got_in} 个观测值并给出 {got_out} 个输出，但{game}需要 {inputs} 个和 {outputs} 个。</translation>
    </message>
    <message>
        <source>This policy fits none of RL Playground&apos;s games; name its game with --env.</source>
        <translation>这个策略不适合 RL Playground 的任何游戏；请用 --env 指定它的游戏。</translation>
    </message>
    <message>
        <source>{name} from {low} to {high} (log-uniform)</source>
        <translation>{name} 从 {low} 到 {high}（对数均匀分布）</translation>
    </message>
    <message>
        <source>{name} from {low} to {high}</source>
        <translation>{name} 从 {low} 到 {high}</translation>
    </message>
    <message>
        <source>{name} in {values}</source>
        <translation>{name} 取自 {values}</translation>
    </message>
    <message>
        <source>{trials} trials ({parts}), {scheduler}, {iterations} iterations each</source>
        <translation>{trials} 个试验（{parts}），{scheduler}，每个 {iterations} 次迭代</translation>
    </message>
    <message>
        <source>Unknown sweep parameter {text}; choose from {params}.</source>
        <translation>没有名为 {text} 的扫描参数；请从 {params} 中选择。</translation>
    </message>
    <message>
        <source>The {label} value</source>
        <translation>{label} 的取值</translation>
    </message>
    <message>
        <source>{option} needs NAME=VALUES such as hidden=64,64:256,256, not {text}.</source>
        <translation>{option} 需要写成 名称=取值，例如 hidden=64,64:256,256，而不是 {text}。</translation>
    </message>
    <message>
        <source>{option} {value}= lists no values.</source>
        <translation>{option} {value}= 没有列出任何取值。</translation>
    </message>
    <message>
        <source>{option} {name} has an empty value; separate values with one colon, as in 64,64:256,256.</source>
        <translation>{option} {name} 有一个空值；取值之间用一个冒号分隔，例如 64,64:256,256。</translation>
    </message>
    <message>
        <source>{option} {name} lists the same value twice.</source>
        <translation>{option} {name} 把同一个取值列了两次。</translation>
    </message>
    <message>
        <source>--grid {name} lists values, not a range; use --random {name}=LOW..HIGH for a range.</source>
        <translation>--grid {name} 只能列出取值，不能写范围；要用范围请写 --random {name}=最小值..最大值。</translation>
    </message>
    <message>
        <source>Hidden layers cannot be a range; list the choices, as in hidden=64,64:256,256.</source>
        <translation>隐藏层不能写成范围；请列出可选项，例如 hidden=64,64:256,256。</translation>
    </message>
    <message>
        <source>--random {name}={rest} must go from a smaller to a larger number.</source>
        <translation>--random {name}={rest} 必须从较小的数到较大的数。</translation>
    </message>
    <message>
        <source>The {label} range must start above 0 (it is drawn on a log scale).</source>
        <translation>{label} 的范围必须从大于 0 的数开始（它按对数刻度抽取）。</translation>
    </message>
    <message>
        <source>Unknown scheduler {text}; choose fifo or asha.</source>
        <translation>没有名为 {text} 的调度器；请选择 fifo 或 asha。</translation>
    </message>
    <message>
        <source>A sweep needs at least one parameter to vary, such as --grid lr=0.0001:0.0003.</source>
        <translation>参数扫描至少要改变一个参数，例如 --grid lr=0.0001:0.0003。</translation>
    </message>
    <message>
        <source>The sweep varies {name} twice; give each parameter once.</source>
        <translation>这次扫描把 {name} 改变了两次；每个参数只写一次。</translation>
    </message>
    <message>
        <source>Unknown scheduler &apos;{scheduler}&apos;; choose fifo or asha.</source>
        <translation>没有名为“{scheduler}”的调度器；请选择 fifo 或 asha。</translation>
    </message>
    <message>
        <source>The number of samples must be between 1 and {max_samples}.</source>
        <translation>样本数必须在 1 到 {max_samples} 之间。</translation>
    </message>
    <message>
        <source>This sweep would run {trials} trials; keep it to {max_trials} or fewer.</source>
        <translation>这次扫描会运行 {trials} 个试验；请控制在 {max_trials} 个以内。</translation>
    </message>
    <message>
        <source>Trials at once must be at least 1.</source>
        <translation>同时运行的试验数至少为 1。</translation>
    </message>
    <message>
        <source>ASHA needs at least 2 iterations per trial to stop any trial early.</source>
        <translation>ASHA 需要每个试验至少 2 次迭代，才能提前停止试验。</translation>
    </message>
    <message>
        <source>ASHA&apos;s grace period must be at least 1 and below the number of iterations.</source>
        <translation>ASHA 的宽限期至少为 1，且必须小于迭代次数。</translation>
    </message>
    <message>
        <source>ASHA&apos;s reduction factor must be between 2 and 16.</source>
        <translation>ASHA 的缩减因子必须在 2 到 16 之间。</translation>
    </message>
    <message>
        <source>{setting} is a {algorithms} setting, and this sweep trains {algorithm}.</source>
        <translation>{setting}是 {algorithms} 的设置，而这次扫描训练的是 {algorithm}。</translation>
    </message>
    <message>
        <source>Each trial needs {need} CPUs but Ray has {available_cpus:g} free.</source>
        <translation>每个试验需要 {need} 个 CPU，但 Ray 只有 {available_cpus:g} 个空闲。</translation>
    </message>
    <message>
        <source>Say which run or checkpoint to resume; an empty name was given.</source>
        <translation>请说明要继续哪次运行或哪个检查点；给出的名字是空的。</translation>
    </message>
    <message>
        <source>Checkpoint {checkpoint} holds only a policy and cannot continue training.</source>
        <translation>检查点 {checkpoint} 里只有策略，无法继续训练。</translation>
    </message>
    <message>
        <source>The checkpoint is at iteration {start}; ask for more iterations than that to continue.</source>
        <translation>这个检查点在第 {start} 次迭代；要继续训练，请设置比这更多的迭代次数。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a JSON object</source>
        <translation>{file} 已损坏，或不是 JSON 对象</translation>
    </message>
    <message>
        <source>{file} has a damaged &apos;{key}&apos;</source>
        <translation>{file} 里的“{key}”已损坏</translation>
    </message>
    <message>
        <source>{value} is damaged; it was left as it is.</source>
        <translation>{value} 已损坏；它被原样保留。</translation>
    </message>
    <message>
        <source>run.json has damaged settings</source>
        <translation>run.json 里的设置已损坏</translation>
    </message>
    <message>
        <source>metrics.jsonl cannot be read as a text file, no metrics are shown</source>
        <translation>metrics.jsonl 无法作为文本文件读取，因此不显示任何指标</translation>
    </message>
    <message>
        <source>metrics.jsonl has {count} damaged line(s), they were skipped</source>
        <translation>metrics.jsonl 有 {count} 行已损坏，已跳过</translation>
    </message>
    <message>
        <source>A run&apos;s name cannot be empty.</source>
        <translation>运行的名字不能为空。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {home} ({value}).</source>
        <translation>无法写入数据文件夹 {home}（{value}）。</translation>
    </message>
    <message>
        <source>No run called &apos;{run_id}&apos; was found.</source>
        <translation>找不到名为“{run_id}”的运行。</translation>
    </message>
    <message>
        <source>No run or checkpoint called &apos;{shown}&apos; can be used ({reason}).</source>
        <translation>名为“{shown}”的运行或检查点无法使用（{reason}）。</translation>
    </message>
    <message>
        <source>Run {id} has no checkpoint yet.</source>
        <translation>运行 {id} 还没有检查点。</translation>
    </message>
    <message>
        <source>No run or checkpoint called &apos;{spec}&apos; was found.</source>
        <translation>找不到名为“{spec}”的运行或检查点。</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is a file, not a checkpoint folder.</source>
        <translation>“{spec}”是一个文件，不是检查点文件夹。</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not an RLlib checkpoint (no policy inside).</source>
        <translation>“{spec}”不是 RLlib 检查点（里面没有策略）。</translation>
    </message>
    <message>
        <source>{folder}: its process is gone but it could not be marked interrupted ({reason}); it still shows &apos;{status}&apos;</source>
        <translation>{folder}：它的进程已不在，但无法标记为已中断（{reason}）；仍显示为“{status}”</translation>
    </message>
    <message>
        <source>Sweep {id} has no trial {trial_id}.</source>
        <translation>参数扫描 {id} 里没有试验 {trial_id}。</translation>
    </message>
    <message>
        <source>Trial {value} has no checkpoint on this computer yet.</source>
        <translation>试验 {value} 在这台电脑上还没有检查点。</translation>
    </message>
    <message>
        <source>Trial {trial_id} of sweep {id} names an impossible iteration.</source>
        <translation>参数扫描 {id} 的试验 {trial_id} 记录了一个不可能的迭代次数。</translation>
    </message>
    <message>
        <source>its sweep spec is damaged</source>
        <translation>它的扫描设定已损坏</translation>
    </message>
    <message>
        <source>No sweep called &apos;{sweep_id}&apos; was found.</source>
        <translation>找不到名为“{sweep_id}”的参数扫描。</translation>
    </message>
    <message>
        <source>Sweep {sweep_id} never got far enough to be resumed; start it again.</source>
        <translation>参数扫描 {sweep_id} 进展太少，无法继续；请重新开始。</translation>
    </message>
    <message>
        <source>Sweep {sweep_id} already finished all its trials.</source>
        <translation>参数扫描 {sweep_id} 已完成所有试验。</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a cluster address; use HOST:PORT such as 127.0.0.1:6379.</source>
        <translation>“{address}”不是集群地址；请用 主机:端口 的格式，例如 127.0.0.1:6379。</translation>
    </message>
    <message>
        <source>No Ray cluster answers at {address} ({error}).</source>
        <translation>{address} 上没有 Ray 集群应答（{error}）。</translation>
    </message>
    <message>
        <source>Gymnasium has no environment named &apos;{value}&apos;; `rl-playground games` lists RL Playground&apos;s.</source>
        <translation>Gymnasium 没有名为“{value}”的环境；`rl-playground games` 会列出 RL Playground 的游戏。</translation>
    </message>
    <message>
        <source>{name} cannot start here ({value}).</source>
        <translation>{name}无法在这里启动（{value}）。</translation>
    </message>
    <message>
        <source>{path}: damaged, the defaults are used</source>
        <translation>{path}：已损坏，改用默认值</translation>
    </message>
    <message>
        <source>{path}: the value of {key} is damaged, its default is used</source>
        <translation>{path}：{key} 的值已损坏，改用它的默认值</translation>
    </message>
    <message>
        <source>RLlib&apos;s {name} has no setting named &apos;{value}&apos;.</source>
        <translation>RLlib 的 {name} 没有名为“{value}”的设置。</translation>
    </message>
    <message>
        <source>RLlib refused these settings: {value}</source>
        <translation>RLlib 拒绝了这些设置：{value}</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;{step}&apos;.</source>
        <translation>没有名为“{step}”的课程。</translation>
    </message>
    <message>
        <source>The tasks did not finish within {patience:.0f} seconds: Ray&apos;s CPUs are busy (is training running?), so try again when it stops.</source>
        <translation>任务没能在 {patience:.0f} 秒内完成：Ray 的 CPU 正忙（是不是在训练？），请等它停下后再试。</translation>
    </message>
    <message>
        <source>There is nothing to save yet: no episode has been played.</source>
        <translation>还没有可以保存的内容：一个回合都还没玩。</translation>
    </message>
    <message>
        <source>--resume needs a run id or a checkpoint folder</source>
        <translation>--resume 需要一个运行 ID 或检查点文件夹</translation>
    </message>
    <message>
        <source>an empty run or checkpoint name was given</source>
        <translation>给出的运行或检查点名字是空的</translation>
    </message>
    <message>
        <source>--episodes must be between 1 and {max_episodes:,}</source>
        <translation>--episodes 必须在 1 到 {max_episodes:,} 之间</translation>
    </message>
    <message>
        <source>--steps must be between 1 and 10,000,000</source>
        <translation>--steps 必须在 1 到 10,000,000 之间</translation>
    </message>
    <message>
        <source>--seed must be between 0 and 2147483647</source>
        <translation>--seed 必须在 0 到 2147483647 之间</translation>
    </message>
    <message>
        <source>--video must name a .gif file</source>
        <translation>--video 必须指定一个 .gif 文件</translation>
    </message>
    <message>
        <source>this checkpoint holds a {algorithm} policy, not {value}</source>
        <translation>这个检查点里是 {algorithm} 策略，而不是 {value}</translation>
    </message>
    <message>
        <source>RL Playground cannot play {env_id} yet (it is not in `rl-playground games`)</source>
        <translation>RL Playground 还不会玩 {env_id}（它不在 `rl-playground games` 里）</translation>
    </message>
    <message>
        <source>The video could not be written to {path} ({value}).</source>
        <translation>无法把视频写入 {path}（{value}）。</translation>
    </message>
    <message>
        <source>--address needs HOST:PORT with a port from 1 to 65535, such as 127.0.0.1:6379</source>
        <translation>--address 需要 主机:端口，端口在 1 到 65535 之间，例如 127.0.0.1:6379</translation>
    </message>
    <message>
        <source>unknown command; choose one of {commands}</source>
        <translation>没有这个命令；请从 {commands} 中选择</translation>
    </message>
    <message>
        <source>--resume continues a saved sweep; leave out --grid, --random and --storage</source>
        <translation>--resume 继续已保存的参数扫描；请不要同时使用 --grid、--random 和 --storage</translation>
    </message>
    <message>
        <source>No sweep called &apos;{sweep_id}&apos; with a finished iteration was found.</source>
        <translation>找不到名为“{sweep_id}”、且已完成过一次迭代的参数扫描。</translation>
    </message>
    <message>
        <source>{flag} must be a JSON object such as &apos;{{&quot;training_iteration&quot;: 20}}&apos;</source>
        <translation>{flag} 必须是一个 JSON 对象，例如 &apos;{{&quot;training_iteration&quot;: 20}}&apos;</translation>
    </message>
    <message>
        <source>--stop knows no rule &apos;{value}&apos;; use {stop_keys}</source>
        <translation>--stop 没有“{value}”这条规则；请用 {stop_keys}</translation>
    </message>
    <message>
        <source>--stop&apos;s {key} must be a number</source>
        <translation>--stop 的 {key} 必须是数字</translation>
    </message>
    <message>
        <source>RL Playground has no algorithm &apos;{value}&apos;; choose one of {algorithms}.</source>
        <translation>RL Playground 没有“{value}”这个算法；请从 {algorithms} 中选择。</translation>
    </message>
    <message>
        <source>{flag} is a {algorithms} setting, and this run uses {algorithm}</source>
        <translation>{flag} 是 {algorithms} 的设置，而这次运行用的是 {algorithm}</translation>
    </message>
    <message>
        <source>{cpus_variable} must be a whole number of CPUs such as 4, not &apos;{value}&apos;.</source>
        <translation>{cpus_variable} 必须是整数个 CPU，例如 4，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Lost the Ray cluster at {address}; the run is marked interrupted — resume it when the cluster is back.</source>
        <translation>与 {address} 上的 Ray 集群失去连接；本次运行已标记为中断——集群恢复后可继续训练。</translation>
    </message>
</context>
<context>
    <name>ObservationGauges</name>
    <message>
        <source>The {0} numbers the agent sees at each step; red is where the game is lost.</source>
        <translation>智能体每一步看到的 {0} 个数字；红色区域表示游戏会输。</translation>
    </message>
    <message>
        <source>The one number the agent sees at each step; red is where the game is lost.</source>
        <translation>智能体每一步看到的那个数字；红色区域表示游戏会输。</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation>自己来玩</translation>
    </message>
    <message>
        <source>Save the game as GIF…</source>
        <translation>把游戏保存为 GIF…</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or continue the game (Space).</source>
        <translation>暂停或继续游戏（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Advance the paused game by one step, 1/50 s (N).</source>
        <translation>让暂停的游戏前进一步（N）。</translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>Knock the pole so it swings (P); you can also click the picture.</source>
        <translation>推一下杆子让它摆动（P）；也可以点击画面。</translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation>自己来玩</translation>
    </message>
    <message>
        <source>Steer the cart yourself with ← and → (H).</source>
        <translation>用 ← 和 → 自己操控小车（H）。</translation>
    </message>
    <message>
        <source>Save GIF…</source>
        <translation>保存 GIF…</translation>
    </message>
    <message>
        <source>Save the current game as an animated picture (Ctrl+Shift+G).</source>
        <translation>把当前游戏保存为动画图片（Ctrl+Shift+G）。</translation>
    </message>
    <message>
        <source>How fast the game runs: 1× is real time (+ and − change it).</source>
        <translation>游戏运行的速度：1× 是实时（用 + 和 − 调整）。</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>▶  Start training</source>
        <translation>▶  开始训练</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  停止</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Ray CPUs</source>
        <translation>Ray 的 CPU</translation>
    </message>
    <message>
        <source>Processor cores Ray hands out to tasks and actors, and how many are taken.</source>
        <translation>Ray 分配给任务和 actor 的处理器核心，以及已被占用的数量。</translation>
    </message>
    <message>
        <source>Ray GPUs</source>
        <translation>Ray 的 GPU</translation>
    </message>
    <message>
        <source>Graphics cards Ray can use (none on most laptops; CartPole does not need one).</source>
        <translation>Ray 可以使用的显卡（大多数笔记本电脑没有；CartPole 也不需要）。</translation>
    </message>
    <message>
        <source>Ray memory</source>
        <translation>Ray 的内存</translation>
    </message>
    <message>
        <source>Memory that tasks and actors reserved from Ray&apos;s pool.</source>
        <translation>任务和 actor 从 Ray 的内存池中预留的内存。</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>Ray&apos;s shared memory for results passed between processes.</source>
        <translation>Ray 的共享内存，用于在进程之间传递结果。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>All memory in use on this computer, by every program.</source>
        <translation>这台电脑上所有程序正在使用的内存。</translation>
    </message>
    <message>
        <source>waiting for Ray…</source>
        <translation>正在等待 Ray…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The machines in this Ray cluster (one on a laptop), and what each offers.</source>
        <translation>这个 Ray 集群中的机器（笔记本电脑上只有一台），以及每台提供的资源。</translation>
    </message>
    <message>
        <source>Ray process</source>
        <translation>Ray 进程</translation>
    </message>
    <message>
        <source>Ray&apos;s worker processes on this machine: each task or actor runs in one.</source>
        <translation>本机上 Ray 的工作进程：每个任务或 actor 都在其中一个进程里运行。</translation>
    </message>
    <message>
        <source>Ray&apos;s processes — each task or actor runs in one</source>
        <translation>Ray 的进程——每个任务或 actor 都在其中一个里运行</translation>
    </message>
    <message>
        <source>{0:g} of {1:g} in use</source>
        <translation>已用 {0:g} / 共 {1:g}</translation>
    </message>
    <message>
        <source>{0:.1f} of {1:.1f} GiB</source>
        <translation>{0:.1f} / {1:.1f} GiB</translation>
    </message>
    <message>
        <source>{0:.2f} of {1:.1f} GiB</source>
        <translation>{0:.2f} / {1:.1f} GiB</translation>
    </message>
    <message>
        <source> (dead)</source>
        <translation>（已停止）</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>building</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Run / checkpoint</source>
        <translation>运行 / 检查点</translation>
    </message>
    <message>
        <source>game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>iter</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>best return</source>
        <translation>最佳回报</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Every training run saved on this computer; open one to see its checkpoints.</source>
        <translation>这台电脑上保存的每一次训练运行；展开一个即可看到它的检查点。</translation>
    </message>
    <message>
        <source>How many games the saved agent plays.</source>
        <translation>保存的智能体要玩几局游戏。</translation>
    </message>
    <message>
        <source>Watch it play</source>
        <translation>看它玩</translation>
    </message>
    <message>
        <source>Load the selected checkpoint (or the run&apos;s latest) into the simulator.</source>
        <translation>把选中的检查点（或这次运行的最新检查点）载入模拟器。</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Continue training from the selected checkpoint. From a run&apos;s latest checkpoint the same run continues; from an older one a new run starts.</source>
        <translation>从选中的检查点继续训练。从最新的检查点继续时沿用同一次运行；从较早的检查点继续时会开始一次新的运行。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the selected run a name you will recognise.</source>
        <translation>给选中的运行起一个你认得出的名字。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected run and its checkpoints from this computer (asks first).</source>
        <translation>从这台电脑上删除选中的运行及其检查点（会先询问）。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the run&apos;s files (metrics, checkpoints) in the file manager.</source>
        <translation>在文件管理器中显示这次运行的文件（指标、检查点）。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Keep only the newest K checkpoints of each run to save disk space (&apos;all&apos; keeps every one).</source>
        <translation>每次运行只保留最新的 K 个检查点以节省磁盘空间（“全部”表示全都保留）。</translation>
    </message>
    <message>
        <source>episodes:</source>
        <translation>回合数：</translation>
    </message>
    <message>
        <source>Keep checkpoints:</source>
        <translation>保留检查点：</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>创建于 {0}</translation>
    </message>
    <message>
        <source>checkpoint {0}</source>
        <translation>检查点 {0}</translation>
    </message>
    <message>
        <source>{0} runs, {1}</source>
        <translation>{0} 次运行，{1}</translation>
    </message>
    <message>
        <source>Run {0}, checkpoint {1}</source>
        <translation>运行 {0}，检查点 {1}</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete run &apos;{0}&apos; and all its checkpoints? This cannot be undone.</source>
        <translation>删除运行“{0}”及其所有检查点？此操作无法撤销。</translation>
    </message>
    <message>
        <source>This run is training; stop it before deleting it.</source>
        <translation>这次运行正在训练；请先停止再删除。</translation>
    </message>
    <message>
        <source>Could not delete the run ({0}).</source>
        <translation>无法删除这次运行（{0}）。</translation>
    </message>
</context>
<context>
    <name>RuntimeDialog</name>
    <message>
        <source>Local: the app starts its own Ray on this computer (listening on this computer only).&lt;br&gt;Cluster: the app joins a Ray cluster that is already running, for more CPUs or GPUs. Ray&apos;s token authentication must match: set &lt;code&gt;RAY_AUTH_MODE=token&lt;/code&gt; and the cluster&apos;s token (&lt;code&gt;RAY_AUTH_TOKEN&lt;/code&gt; or &lt;code&gt;~/.ray/auth_token&lt;/code&gt;) before starting the app.&lt;br&gt;The change takes effect when the app restarts.</source>
        <translation>本地：应用在这台电脑上启动自己的 Ray（只在本机监听）。&lt;br&gt;集群：应用加入一个已经在运行的 Ray 集群，以获得更多 CPU 或 GPU。Ray 的令牌认证必须一致：启动应用之前设置 &lt;code&gt;RAY_AUTH_MODE=token&lt;/code&gt; 和集群的令牌（&lt;code&gt;RAY_AUTH_TOKEN&lt;/code&gt; 或 &lt;code&gt;~/.ray/auth_token&lt;/code&gt;）。&lt;br&gt;更改在应用重启后生效。</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address as HOST:PORT, for example 192.168.1.20:6379.</source>
        <translation>请以 主机:端口 的形式填写集群地址，例如 192.168.1.20:6379。</translation>
    </message>
    <message>
        <source>Ray runtime</source>
        <translation>Ray 运行时</translation>
    </message>
    <message>
        <source>Local (embedded, this computer only)</source>
        <translation>本地（内嵌，仅限这台电脑）</translation>
    </message>
    <message>
        <source>Connect to a running cluster at:</source>
        <translation>连接到正在运行的集群：</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.168.1.20:6379</source>
        <translation>主机:端口，例如 192.168.1.20:6379</translation>
    </message>
    <message>
        <source>Restart RL Playground</source>
        <translation>重启 RL Playground</translation>
    </message>
    <message>
        <source>The Ray runtime changes when the app restarts. Restart now?</source>
        <translation>Ray 运行时在应用重启后更改。现在重启吗？</translation>
    </message>
    <message>
        <source>Ray has not answered at {0} after 10 seconds.</source>
        <translation>{0} 上的 Ray 在 10 秒内没有响应。</translation>
    </message>
    <message>
        <source>Switch to the local Ray runtime on this computer (the app restarts)?</source>
        <translation>切换到这台电脑上的本地 Ray 运行时（应用会重启）？</translation>
    </message>
    <message>
        <source>Ray cluster unavailable</source>
        <translation>Ray 集群不可用</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Stop after iterations</source>
        <translation>迭代多少次后停止</translation>
    </message>
    <message>
        <source>Training stops at this iteration. One iteration = collect a batch of games, then learn from it.</source>
        <translation>训练到这一次迭代时停止。一次迭代 = 先玩一批游戏，再从中学习。</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Iterations must be between 1 and {high:,.0f}.</source>
        <translation>迭代次数必须在 1 到 {high:,.0f} 之间。</translation>
    </message>
    <message>
        <source>Stop at mean return</source>
        <translation>平均回报达到多少就停止</translation>
    </message>
    <message>
        <source>Stop early once the average score of recent games reaches this (the game&apos;s &apos;solved&apos; line). Leave empty to never stop early.</source>
        <translation>最近几局的平均得分达到这个值（游戏的“已解决”线）就提前停止。留空表示永不提前停止。</translation>
    </message>
    <message>
        <source>The target return</source>
        <translation>目标回报</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>每隔几次迭代存检查点</translation>
    </message>
    <message>
        <source>Save the agent every this many iterations (0 = never), so you can replay or resume it later.</source>
        <translation>每隔这么多次迭代保存一次智能体（0 = 从不），以后可以回放或继续训练。</translation>
    </message>
    <message>
        <source>Checkpoint frequency</source>
        <translation>检查点频率</translation>
    </message>
    <message>
        <source>Checkpoint frequency must be 0 (never) or a positive number of iterations.</source>
        <translation>检查点频率必须是 0（从不）或正整数次迭代。</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Size of the agent&apos;s neural network: one number per layer, e.g. 64,64. Bigger is not always better.</source>
        <translation>智能体神经网络的大小：每层一个数字，例如 64,64。越大不一定越好。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big a step the agent takes when it learns. Too big: unstable; too small: slow. The Quick demo lowers it as the agent learns.</source>
        <translation>智能体每次学习迈多大的步子。太大：不稳定；太小：学得慢。“快速演示”会随着学习逐渐调低它。</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 and at most 1 (try 0.0003).</source>
        <translation>学习率必须大于 0 且不超过 1（试试 0.0003）。</translation>
    </message>
    <message>
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <source>The learning rate falls linearly to this (empty: it stays constant).</source>
        <translation>学习率线性下降到这个值（留空：保持不变）。</translation>
    </message>
    <message>
        <source>The final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <source>The final learning rate must be above 0 and at most 1.</source>
        <translation>最终学习率必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>Learning rate decay steps</source>
        <translation>学习率衰减步数</translation>
    </message>
    <message>
        <source>Over how many environment steps the learning rate falls to its final value.</source>
        <translation>学习率在多少个环境步内降到最终值。</translation>
    </message>
    <message>
        <source>The learning rate&apos;s decay</source>
        <translation>学习率的衰减</translation>
    </message>
    <message>
        <source>The learning rate&apos;s decay must last between 1 and 1,000,000,000 steps.</source>
        <translation>学习率的衰减必须持续 1 到 1,000,000,000 步。</translation>
    </message>
    <message>
        <source>Train batch size</source>
        <translation>训练批大小</translation>
    </message>
    <message>
        <source>PPO: how many moves (environment steps) the agent plays before each learning step. DQN/SAC: how many remembered moves each learning step looks at.</source>
        <translation>PPO：每次学习前智能体要走多少步（环境步）。DQN/SAC：每次学习要看多少条记住的步子。</translation>
    </message>
    <message>
        <source>The train batch size</source>
        <translation>训练批大小</translation>
    </message>
    <message>
        <source>The train batch size must be between 8 and {high:,.0f} steps.</source>
        <translation>训练批大小必须在 8 到 {high:,.0f} 步之间。</translation>
    </message>
    <message>
        <source>Minibatch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>The batch is cut into pieces of this size for each update.</source>
        <translation>每次更新时，把一批数据切成这么大的小块。</translation>
    </message>
    <message>
        <source>The minibatch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>How many times the agent learns from the same batch.</source>
        <translation>智能体用同一批数据学习几遍。</translation>
    </message>
    <message>
        <source>Epochs must be between 1 and 100.</source>
        <translation>轮数必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Steps per iteration</source>
        <translation>每次迭代的步数</translation>
    </message>
    <message>
        <source>How many moves the agent plays per iteration, learning as it goes.</source>
        <translation>每次迭代智能体走多少步，边走边学。</translation>
    </message>
    <message>
        <source>Replay memory</source>
        <translation>回放记忆</translation>
    </message>
    <message>
        <source>How many past moves the agent remembers and learns from again.</source>
        <translation>智能体记住多少条过去的步子，拿来反复学习。</translation>
    </message>
    <message>
        <source>The replay memory</source>
        <translation>回放记忆</translation>
    </message>
    <message>
        <source>Learning starts after</source>
        <translation>多少步后开始学习</translation>
    </message>
    <message>
        <source>Moves played at random before the agent starts learning.</source>
        <translation>智能体开始学习之前随机走的步数。</translation>
    </message>
    <message>
        <source>Final exploration</source>
        <translation>最终探索率</translation>
    </message>
    <message>
        <source>DQN tries a random move this often (0.05 = 5%) once exploration has wound down.</source>
        <translation>探索阶段结束后，DQN 仍以这个频率尝试随机动作（0.05 = 5%）。</translation>
    </message>
    <message>
        <source>The final exploration rate</source>
        <translation>最终探索率</translation>
    </message>
    <message>
        <source>Exploration steps</source>
        <translation>探索步数</translation>
    </message>
    <message>
        <source>Over how many moves DQN&apos;s random tries fall from 100% to the final exploration.</source>
        <translation>DQN 的随机尝试在多少步内从 100% 降到最终探索率。</translation>
    </message>
    <message>
        <source>Target update every</source>
        <translation>目标网络更新间隔</translation>
    </message>
    <message>
        <source>DQN copies its network to a slow &apos;target&apos; copy every this many moves, which steadies learning.</source>
        <translation>DQN 每隔这么多步把网络复制给一个更新较慢的“目标”副本，让学习更稳定。</translation>
    </message>
    <message>
        <source>The target update</source>
        <translation>目标网络更新间隔</translation>
    </message>
    <message>
        <source>Tau</source>
        <translation>τ（软更新系数）</translation>
    </message>
    <message>
        <source>SAC&apos;s target networks follow the learning ones by this fraction per update.</source>
        <translation>每次更新时，SAC 的目标网络按这个比例跟上正在学习的网络。</translation>
    </message>
    <message>
        <source>Initial alpha</source>
        <translation>初始 α</translation>
    </message>
    <message>
        <source>How much SAC values trying things at first (it then tunes this itself).</source>
        <translation>SAC 一开始有多看重尝试新动作（之后它会自己调整）。</translation>
    </message>
    <message>
        <source>The initial alpha</source>
        <translation>初始 α</translation>
    </message>
    <message>
        <source>EnvRunners</source>
        <translation>EnvRunner 数</translation>
    </message>
    <message>
        <source>Extra Ray actors that play games in parallel (0 = play inside the training process). Each needs one CPU.</source>
        <translation>额外的 Ray Actor，并行地玩游戏（0 = 在训练进程内部玩）。每个需要一个 CPU。</translation>
    </message>
    <message>
        <source>EnvRunners must be between 0 and {high:.0f}.</source>
        <translation>EnvRunner 数必须在 0 到 {high:.0f} 之间。</translation>
    </message>
    <message>
        <source>Games per EnvRunner</source>
        <translation>每个 EnvRunner 的游戏数</translation>
    </message>
    <message>
        <source>How many copies of the game each EnvRunner (or the run itself) plays side by side.</source>
        <translation>每个 EnvRunner（或运行本身）同时玩几份游戏。</translation>
    </message>
    <message>
        <source>Environments per EnvRunner</source>
        <translation>每个 EnvRunner 的环境数</translation>
    </message>
    <message>
        <source>Environments per EnvRunner must be between 1 and 64.</source>
        <translation>每个 EnvRunner 的环境数必须在 1 到 64 之间。</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>γ（折扣因子）</translation>
    </message>
    <message>
        <source>How much the agent cares about later rewards (0.99: a lot).</source>
        <translation>智能体有多看重以后的奖励（0.99：非常看重）。</translation>
    </message>
    <message>
        <source>Gamma must be in (0, 1].</source>
        <translation>γ（折扣因子）必须在 (0, 1] 之内。</translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation>λ（优势估计参数）</translation>
    </message>
    <message>
        <source>PPO&apos;s trade-off between quick, noisy and slow, steady estimates of how good a move was.</source>
        <translation>PPO 在“快但粗糙”和“慢但稳定”两种评估动作好坏的方法之间的权衡。</translation>
    </message>
    <message>
        <source>Lambda must be in [0, 1].</source>
        <translation>λ 必须在 [0, 1] 之内。</translation>
    </message>
    <message>
        <source>Entropy coefficient</source>
        <translation>熵系数</translation>
    </message>
    <message>
        <source>A bonus for keeping some randomness in PPO&apos;s moves.</source>
        <translation>奖励 PPO 在动作中保留一些随机性。</translation>
    </message>
    <message>
        <source>The entropy coefficient</source>
        <translation>熵系数</translation>
    </message>
    <message>
        <source>The entropy coefficient must be between 0 and 1.</source>
        <translation>熵系数必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Value loss coefficient</source>
        <translation>价值损失系数</translation>
    </message>
    <message>
        <source>How much PPO&apos;s critic counts in each update.</source>
        <translation>每次更新中 PPO 的评论家占多大比重。</translation>
    </message>
    <message>
        <source>The value loss coefficient</source>
        <translation>价值损失系数</translation>
    </message>
    <message>
        <source>KL penalty</source>
        <translation>KL 惩罚</translation>
    </message>
    <message>
        <source>PPO&apos;s adaptive KL penalty on top of clipping.</source>
        <translation>在裁剪之外，PPO 的自适应 KL 惩罚。</translation>
    </message>
    <message>
        <source>Value loss cap</source>
        <translation>价值损失上限</translation>
    </message>
    <message>
        <source>A cap on PPO&apos;s value loss per step (empty: no cap).</source>
        <translation>PPO 每步价值损失的上限（留空：不设上限）。</translation>
    </message>
    <message>
        <source>The value loss cap</source>
        <translation>价值损失上限</translation>
    </message>
    <message>
        <source>The value loss cap must be a positive number (or none).</source>
        <translation>价值损失上限必须是正数（或不设）。</translation>
    </message>
    <message>
        <source>Normalise observations</source>
        <translation>观测归一化</translation>
    </message>
    <message>
        <source>Rescale each observation by its running mean and spread (RLlib&apos;s MeanStdFilter), so that tiny and large numbers count alike.</source>
        <translation>用观测的滚动均值和离散程度重新缩放每个观测（RLlib 的 MeanStdFilter），让很小和很大的数同样起作用。</translation>
    </message>
    <message>
        <source>Orthogonal start</source>
        <translation>正交初始化</translation>
    </message>
    <message>
        <source>Start PPO&apos;s networks as Stable-Baselines3 does: orthogonal weights, nearly even first moves, and Adam&apos;s epsilon 1e-5.</source>
        <translation>像 Stable-Baselines3 那样初始化 PPO 的网络：正交权重、起初各个动作的概率几乎相同，Adam 的 epsilon 取 1e-5。</translation>
    </message>
    <message>
        <source>State-dependent exploration</source>
        <translation>状态相关探索</translation>
    </message>
    <message>
        <source>PPO tries amounts by a push that follows the situation and changes every few steps (gSDE), not fresh noise at every step: smoother, more deliberate trying.</source>
        <translation>PPO 用随局面而定、每隔几步才换一次的推力来尝试数量（gSDE），而不是每一步都加新的噪声：尝试更平稳、更有章法。</translation>
    </message>
    <message>
        <source>Advantages per minibatch</source>
        <translation>按小批次计算优势</translation>
    </message>
    <message>
        <source>PPO rescales how much better than expected each move went within every minibatch, as Stable-Baselines3 does, not only once per batch.</source>
        <translation>PPO 在每个小批次里重新换算“每一步比预期好多少”，与 Stable-Baselines3 相同，而不只是每批换算一次。</translation>
    </message>
    <message>
        <source>Clip range</source>
        <translation>裁剪范围</translation>
    </message>
    <message>
        <source>How far one PPO update may move the policy from the one that played (0.2: 20%).</source>
        <translation>PPO 每次更新最多能让策略偏离刚才玩的那个策略多远（0.2：20%）。</translation>
    </message>
    <message>
        <source>The clip range</source>
        <translation>裁剪范围</translation>
    </message>
    <message>
        <source>Gradient cap</source>
        <translation>梯度上限</translation>
    </message>
    <message>
        <source>A cap on how big each update&apos;s step may be (empty: no cap).</source>
        <translation>每次更新步子大小的上限（留空：不设上限）。</translation>
    </message>
    <message>
        <source>The gradient cap</source>
        <translation>梯度上限</translation>
    </message>
    <message>
        <source>The gradient cap must be a positive number (or none).</source>
        <translation>梯度上限必须是正数（或不设）。</translation>
    </message>
    <message>
        <source>Stop after steps</source>
        <translation>多少步后停止</translation>
    </message>
    <message>
        <source>Training stops once the agent has played this many moves in all.</source>
        <translation>智能体一共走了这么多步后，训练停止。</translation>
    </message>
    <message>
        <source>The step limit</source>
        <translation>步数上限</translation>
    </message>
    <message>
        <source>Stop after seconds</source>
        <translation>多少秒后停止</translation>
    </message>
    <message>
        <source>Training stops once it has run this many seconds.</source>
        <translation>训练运行这么多秒后停止。</translation>
    </message>
    <message>
        <source>The time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>A number that makes a run repeatable. Leave empty for a different run each time.</source>
        <translation>一个让运行可以重现的数字。留空则每次运行都不同。</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The seed must be a whole number between 0 and 2147483647.</source>
        <translation>随机种子必须是 0 到 2147483647 之间的整数。</translation>
    </message>
    <message>
        <source>Quick demo</source>
        <translation>快速演示</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>SimulatorArea</name>
    <message>
        <source>The agent plays</source>
        <translation>智能体在玩</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>训练前 / 后</translation>
    </message>
    <message>
        <source>The current policy (or a checkpoint, or you) plays; push the pole and see what happens.</source>
        <translation>当前策略（或某个检查点，或你自己）在玩；推一下杆子，看看会发生什么。</translation>
    </message>
    <message>
        <source>Two agents play the very same game side by side: untrained against trained.</source>
        <translation>两个智能体并排玩同一局游戏：未训练的对比训练过的。</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Untrained agent (random moves)</source>
        <translation>未训练的智能体（随机动作）</translation>
    </message>
    <message>
        <source>Watch a trained one</source>
        <translation>看一个训练好的</translation>
    </message>
    <message>
        <source>This game takes long to learn: watch an agent the app ships already trained.</source>
        <translation>这个游戏要学很久：看看应用自带的、已经训练好的智能体。</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>术语：</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>push</source>
        <translation>推</translation>
    </message>
    <message>
        <source>The ready-trained agent cannot be played: {0}</source>
        <translation>无法播放自带的训练好的智能体：{0}</translation>
    </message>
    <message>
        <source>A ready-trained agent for {0}, shipped with the app</source>
        <translation>应用自带的、已为{0}训练好的智能体</translation>
    </message>
    <message>
        <source>The reward of each finished episode: {0}.</source>
        <translation>每个结束的回合得到的奖励：{0}。</translation>
    </message>
    <message>
        <source>Press {0} to start</source>
        <translation>按 {0} 开始</translation>
    </message>
    <message>
        <source>You play: {0} (or hold the big buttons). {1}</source>
        <translation>你来玩：按 {0}（或按住大按钮）。{1}</translation>
    </message>
    <message>
        <source>step {0}    episode reward {1:.0f}</source>
        <translation>第 {0} 步    本回合奖励 {1:.0f}</translation>
    </message>
    <message>
        <source>You push; the agent says:</source>
        <translation>你在推；智能体会选：</translation>
    </message>
    <message>
        <source>The agent pushes</source>
        <translation>智能体在推</translation>
    </message>
    <message>
        <source> (score {0:.0f})</source>
        <translation>（得分 {0:.0f}）</translation>
    </message>
    <message>
        <source>You made it to the end!</source>
        <translation>你坚持到最后了！</translation>
    </message>
    <message>
        <source>{0} In {1} steps{2}.</source>
        <translation>{0} 用了 {1} 步{2}。</translation>
    </message>
    <message>
        <source>{0} after {1} steps{2}.</source>
        <translation>{0}，坚持了 {1} 步{2}。</translation>
    </message>
    <message>
        <source>{0}
Press {1} to play again</source>
        <translation>{0}
按 {1} 再玩一局</translation>
    </message>
    <message>
        <source>Episode #{0}: reward: {1:.0f}</source>
        <translation>第 {0} 回合：奖励 {1:.0f}</translation>
    </message>
    <message>
        <source>Mean reward over {0} episodes: {1:.1f}</source>
        <translation>{0} 个回合的平均奖励：{1:.1f}</translation>
    </message>
    <message>
        <source>push →</source>
        <translation>推 →</translation>
    </message>
    <message>
        <source>← push</source>
        <translation>← 推</translation>
    </message>
    <message>
        <source>This checkpoint cannot be played: {0}</source>
        <translation>无法播放这个检查点：{0}</translation>
    </message>
</context>
<context>
    <name>StatusTable</name>
    <message>
        <source>Trial name</source>
        <translation>试验名称</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>iter</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>total time (s)</source>
        <translation>总时间（秒）</translation>
    </message>
    <message>
        <source>ts</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>TERMINATED</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>STOPPING</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>STOPPED EARLY</source>
        <translation>提前停止</translation>
    </message>
</context>
<context>
    <name>SweepForm</name>
    <message>
        <source>Values separated by colons; a list of layer sizes with commas (64,64:256,256). For random search also a range, LOW..HIGH (learning rates are drawn on a log scale).</source>
        <translation>多个取值用冒号分隔；层大小列表用逗号（64,64:256,256）。随机搜索还可以写一个范围：最小值..最大值（学习率按对数刻度抽取）。</translation>
    </message>
    <message>
        <source>What to vary</source>
        <translation>要改变哪些设置</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>网格：每种组合都试</translation>
    </message>
    <message>
        <source>Random: draw samples</source>
        <translation>随机：抽取样本</translation>
    </message>
    <message>
        <source>Random search: how many trials to draw.</source>
        <translation>随机搜索：抽取多少个试验。</translation>
    </message>
    <message>
        <source>Training iterations each trial gets (fewer if ASHA stops it, or it solves the game).</source>
        <translation>每个试验训练多少次迭代（如果被 ASHA 提前停止，或已解决游戏，就会少一些）。</translation>
    </message>
    <message>
        <source>ASHA: stop unpromising trials early</source>
        <translation>ASHA：提前停止没希望的试验</translation>
    </message>
    <message>
        <source>FIFO: every trial runs to the end</source>
        <translation>FIFO：每个试验都跑到底</translation>
    </message>
    <message>
        <source>ASHA compares trials after a few iterations and stops the worse half.</source>
        <translation>ASHA 在几次迭代后比较各个试验，停掉较差的一半。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索方式</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Iterations per trial</source>
        <translation>每个试验的迭代次数</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Saved in {path}. On a cluster of several machines, Ray Tune needs this folder on storage that every node shares.</source>
        <translation>保存在 {path}。在多台机器组成的集群上，Ray Tune 需要把这个文件夹放在所有节点共享的存储上。</translation>
    </message>
    <message>
        <source>Try several settings at once. Ray Tune trains one PPO agent per combination (a trial), as many at once as Ray has CPUs, and compares them.</source>
        <translation>一次试多种设置。Ray Tune 为每种组合训练一个 PPO 智能体（一个试验），Ray 有多少个 CPU 就同时训练多少个，然后比较它们。</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop every trial now; the sweep can be resumed later.</source>
        <translation>立即停止所有试验；之后可以继续这次扫描。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish the selected interrupted sweep; finished trials are not run again.</source>
        <translation>完成选中的、被中断的扫描；已完成的试验不会重跑。</translation>
    </message>
    <message>
        <source>Sweeps saved on this computer; select one to see its trials.</source>
        <translation>保存在这台电脑上的参数扫描；选中一个可查看它的试验。</translation>
    </message>
    <message>
        <source>Saved sweeps</source>
        <translation>已保存的参数扫描</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>Ray is still starting; the sweep can begin in a moment.</source>
        <translation>Ray 还在启动中，稍等片刻就能开始扫描。</translation>
    </message>
    <message>
        <source>Training is running; stop it first, the trials need Ray&apos;s CPUs.</source>
        <translation>训练正在进行；请先停止它，试验需要 Ray 的 CPU。</translation>
    </message>
    <message>
        <source>A sweep is already running.</source>
        <translation>已经有一个参数扫描在运行。</translation>
    </message>
    <message>
        <source>Sweep {0}: {1}</source>
        <translation>参数扫描 {0}：{1}</translation>
    </message>
    <message>
        <source>Resuming the sweep…</source>
        <translation>正在继续参数扫描…</translation>
    </message>
    <message>
        <source>Starting Ray Tune…</source>
        <translation>正在启动 Ray Tune…</translation>
    </message>
    <message>
        <source>Stopping the trials; the sweep can be resumed later.</source>
        <translation>正在停止试验；之后可以继续这次扫描。</translation>
    </message>
    <message>
        <source>The sweep was stopped; select it below and press Resume to finish it.</source>
        <translation>参数扫描已停止；在下方选中它并按“继续”即可完成。</translation>
    </message>
    <message>
        <source>The sweep finished.</source>
        <translation>参数扫描完成了。</translation>
    </message>
    <message>
        <source> Best: {0} ({1}).</source>
        <translation>最佳：{0}（{1}）。</translation>
    </message>
    <message>
        <source>Sweep trial {0} ({1})</source>
        <translation>扫描试验 {0}（{1}）</translation>
    </message>
    <message>
        <source>That trial has sent no policy yet; it appears after its next iteration.</source>
        <translation>这个试验还没有发来策略；它下一次迭代后就会出现。</translation>
    </message>
    <message>
        <source>{0}{1}, iteration {2}</source>
        <translation>{0}{1}，第 {2} 次迭代</translation>
    </message>
    <message>
        <source>Best so far: </source>
        <translation>目前最佳：</translation>
    </message>
    <message>
        <source>{0}, its checkpoint</source>
        <translation>{0}，它的检查点</translation>
    </message>
    <message>
        <source>Stop the sweep first: its trials use Ray&apos;s CPUs.</source>
        <translation>请先停止参数扫描：它的试验占用着 Ray 的 CPU。</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>No sweep yet: define one on the left and press Start sweep.</source>
        <translation>还没有参数扫描：在左边设定一个，然后按“开始扫描”。</translation>
    </message>
    <message>
        <source>One row per trial: one PPO training with one combination of the settings. The columns are Ray Tune&apos;s own, as it prints them.</source>
        <translation>每行一个试验：用一种设置组合进行的一次 PPO 训练。各列就是 Ray Tune 自己打印的那些列。</translation>
    </message>
    <message>
        <source>Watch this trial</source>
        <translation>观看这个试验</translation>
    </message>
    <message>
        <source>The selected trial&apos;s newest policy plays in the simulator, updated as it learns.</source>
        <translation>选中试验的最新策略在模拟器里玩，并随着学习不断更新。</translation>
    </message>
    <message>
        <source>Watch its checkpoint</source>
        <translation>观看它的检查点</translation>
    </message>
    <message>
        <source>Play the last checkpoint Tune saved for the selected trial.</source>
        <translation>播放 Tune 为选中试验保存的最后一个检查点。</translation>
    </message>
    <message>
        <source>Continue as a training run</source>
        <translation>作为一次训练继续</translation>
    </message>
    <message>
        <source>Copy the trial&apos;s checkpoint into your runs and keep training it on the Train tab.</source>
        <translation>把这个试验的检查点复制到你的运行记录里，在“训练”标签页继续训练。</translation>
    </message>
    <message>
        <source>Mean episode return of every trial</source>
        <translation>每个试验的平均回合回报</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>Thick red: the best trial so far. Dashed, with ✕: stopped early by ASHA.</source>
        <translation>红色粗线：目前最好的试验。带 ✕ 的虚线：被 ASHA 提前停止。</translation>
    </message>
    <message>
        <source>loc</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Number of trials: {0}</source>
        <translation>试验数：{0}</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <source>{0}: the best trial so far</source>
        <translation>{0}：目前最好的试验</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>this program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>Ray worker</source>
        <translation>Ray 工作进程</translation>
    </message>
    <message>
        <source>DNSServer actor</source>
        <translation>DNSServer Actor</translation>
    </message>
    <message>
        <source>Each row is one process; each bar is one look-up, from when it started to when it ended.</source>
        <translation>每一行是一个进程；每个色条是一次查询，从开始到结束。</translation>
    </message>
    <message>
        <source>Press Run: each look-up will appear here as a bar.</source>
        <translation>按“运行”：每次查询都会在这里显示为一个色条。</translation>
    </message>
    <message>
        <source>{0:g} s</source>
        <translation>{0:g} 秒</translation>
    </message>
    <message>
        <source>answer printed ▼</source>
        <translation>打印出结果 ▼</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>结束导览</translation>
    </message>
    <message>
        <source>The game and its four numbers</source>
        <translation>游戏和它的四个数字</translation>
    </message>
    <message>
        <source>This is CartPole: a pole stands on a cart, and the cart is pushed left or right to keep it up. The computer sees only four numbers: where the cart is, how fast it moves, how far the pole leans and how fast it falls. From these it chooses: left or right.</source>
        <translation>这是 CartPole（倒立摆）：一根杆子立在小车上，小车被向左或向右推，好让杆子不倒。电脑只看到四个数字：小车在哪里、移动得多快、杆子倾斜了多少、倒下得多快。它根据这些数字选择：向左还是向右。</translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation>自己试一试</translation>
    </message>
    <message>
        <source>Press H (or “Play it yourself”) and steer with the ← and → keys. It is harder than it looks! Press H again to hand the game back.</source>
        <translation>按 H（或“自己来玩”），用 ← 和 → 键操控。这比看起来难！再按一次 H 把游戏交还给电脑。</translation>
    </message>
    <message>
        <source>An untrained agent</source>
        <translation>一个未训练的智能体</translation>
    </message>
    <message>
        <source>Now the computer plays, but it has learned nothing yet: it chooses almost at random, and the pole falls within seconds. Nobody will tell it how to balance; it only gets a reward of 1 point for every step the pole stays up.</source>
        <translation>现在由电脑来玩，但它还什么都没学会：它几乎是随机选择，杆子几秒钟就倒了。没有人会告诉它怎样保持平衡；杆子每多立住一步，它就得到 1 分奖励。</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>按下开始</translation>
    </message>
    <message>
        <source>Training makes the computer play thousands of games and learn from them. Next starts the Quick demo (the Start button, or Ctrl+Enter, does the same).</source>
        <translation>训练让电脑玩成千上万局游戏，并从中学习。点“开始训练”就会启动快速演示（“开始”按钮或 Ctrl+Enter 的效果相同）。</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>The curve climbs</source>
        <translation>曲线在上升</translation>
    </message>
    <message>
        <source>Each point is one iteration: the computer played a few thousand steps, then improved. The height is the mean return: the points of one whole game, here how many steps the pole stayed up (at most 500). When the curve reaches the dashed line, the game is solved.</source>
        <translation>每个点是一次迭代：电脑玩了几千步，然后改进自己。高度是平均回报：一整局游戏得到的总分，在这里就是杆子立住了多少步（最多 500）。曲线到达虚线时，这个游戏就算解决了。</translation>
    </message>
    <message>
        <source>The pole stays up</source>
        <translation>杆子立住了</translation>
    </message>
    <message>
        <source>After every iteration the game on the right plays with the newest policy (the computer&apos;s way of choosing). Watch it: the pole falls later and later, and then no longer.</source>
        <translation>每次迭代之后，右边的游戏都用最新的策略（电脑做选择的方法）来玩。看着它：杆子倒得越来越晚，最后不再倒下。</translation>
    </message>
    <message>
        <source>Push it</source>
        <translation>推它一下</translation>
    </message>
    <message>
        <source>Press P or click the picture to knock the pole. A trained agent catches it; an untrained one lets it fall.</source>
        <translation>按 P 或点击画面推一下杆子。训练过的智能体能把它扶稳；未训练的会让它倒下。</translation>
    </message>
    <message>
        <source>What Ray did</source>
        <translation>Ray 做了什么</translation>
    </message>
    <message>
        <source>Ray ran the training: it started worker processes (actors; the EnvRunners among them play the game in parallel) and shared their data through its object store. These bars show the processors and the memory it used, and the table lists its processes.</source>
        <translation>训练由 Ray 运行：它启动了工作进程（actor；其中的 EnvRunner 并行地玩游戏），并通过它的对象存储共享数据。这些条显示它用了多少处理器和内存，表格列出了它的进程。</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Welcome to RL Playground</source>
        <translation>欢迎使用 RL Playground</translation>
    </message>
    <message>
        <source>New here? A short tour shows the window one part at a time, and trains the computer to balance the pole while you watch.</source>
        <translation>第一次来？简短的导览会一次介绍窗口的一个部分，并在你观看时训练电脑让杆子保持平衡。</translation>
    </message>
    <message>
        <source>Show me around</source>
        <translation>带我看看</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>The game the agent learns. Hover a game in the list to read its goal.</source>
        <translation>智能体要学的游戏。把鼠标停在列表里的游戏上可以看到它的目标。</translation>
    </message>
    <message>
        <source>How the agent learns. PPO plays every game; DQN needs a few moves to choose from; SAC needs an amount (like a motor&apos;s torque).</source>
        <translation>智能体怎样学习。PPO 每个游戏都能玩；DQN 需要几个可选的动作；SAC 需要一个数量（比如电机的扭矩）。</translation>
    </message>
    <message>
        <source>Quick demo: the fastest way to solve this game here. Standard: RLlib&apos;s own defaults for the algorithm, as the classic tutorial ran them. Custom: your own values.</source>
        <translation>快速演示：在这里解决这个游戏最快的办法。标准：RLlib 对该算法的默认设置，和经典教程运行时一样。自定义：你自己设的值。</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Checkpoint at end</source>
        <translation>结束时保存检查点</translation>
    </message>
    <message>
        <source>Save the agent when training ends, whatever the reason.</source>
        <translation>训练结束时保存智能体，不论因为什么结束。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start training a new agent with these settings (Ctrl+Return).</source>
        <translation>用这些设置开始训练一个新的智能体（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current iteration; press again to continue.</source>
        <translation>当前迭代结束后暂停；再按一次继续。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End after the current iteration (and save a checkpoint if asked).</source>
        <translation>当前迭代结束后停止（如果设置了，还会保存检查点）。</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>几分钟</translation>
    </message>
    <message>
        <source>{0} Solved at a mean return of {1:g}; Quick demo: {2}.</source>
        <translation>{0}平均回报达到 {1:g} 即为解决；快速演示：{2}。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>not a plain file, the default layout is used</source>
        <translation>不是普通文件，改用默认布局</translation>
    </message>
    <message>
        <source>the last settings are damaged, the default preset is used</source>
        <translation>上次的设置已损坏，改用默认预设</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>……还有 {0} 项</translation>
    </message>
    <message>
        <source>Some saved files were skipped</source>
        <translation>跳过了一些已保存的文件</translation>
    </message>
    <message>
        <source>RL Playground left these out because they are damaged; nothing was changed on disk:</source>
        <translation>RL Playground 跳过了下面这些已损坏的内容；磁盘上的文件没有任何改动：</translation>
    </message>
</context>
</TS>
