<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ArticleSetup</name>
    <message>
        <source>seed {seed}, {gate}, {shape} {activation}, {loss}, {optimizer} lr {lr:g}, {epochs:,} epochs</source>
        <translation>シード {seed}、{gate}、{shape} {activation}、{loss}、{optimizer} 学習率 {lr:g}、{epochs:,} エポック</translation>
    </message>
    <message>
        <source>Restore the &amp;article&apos;s setup</source>
        <translation>記事の設定に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Article setup</source>
        <translation>記事の設定</translation>
    </message>
    <message>
        <source>Set every control back to the article&apos;s setup ({setup}) and start again from epoch 0.</source>
        <translation>すべての設定を記事の設定({setup})に戻し、エポック 0 からやり直します。</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The logic gate the network learns. AND, OR, NAND and NOR can be separated by one straight line; XOR and XNOR cannot.</source>
        <translation>ネットワークが学習する論理ゲート。AND、OR、NAND、NOR は 1 本の直線で分けられますが、XOR と XNOR は分けられません。</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>ゲート(&amp;G)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>How many hidden layers sit between the two inputs and the output. 0 means one linear layer (plus the output sigmoid). Changing it starts a new model.</source>
        <translation>2 つの入力と出力の間にある隠れ層(中間層)の数。0 は線形層 1 つだけ(と出力のシグモイド)です。変えると新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>Hidden &amp;layers</source>
        <translation>隠れ層(&amp;L)</translation>
    </message>
    <message>
        <source>Units (neurons) in hidden layer {n}, {min} to {max}. Changing it starts a new model.</source>
        <translation>隠れ層 {n} のユニット(ニューロン)数、{min}~{max}。変えると新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>Width of hidden layer {n}</source>
        <translation>隠れ層 {n} の幅</translation>
    </message>
    <message>
        <source>&amp;Widths</source>
        <translation>幅(&amp;W)</translation>
    </message>
    <message>
        <source>Units per layer: inputs - hidden layers - output, as the article writes it.</source>
        <translation>層ごとのユニット数:入力 - 隠れ層 - 出力(記事の書き方)。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形</translation>
    </message>
    <message>
        <source>The non-linear function after each hidden layer. With identity (no activation) the layers collapse into one linear layer.</source>
        <translation>各隠れ層のあとの非線形関数。恒等関数(活性化関数なし)では、層は 1 つの線形層にまとまってしまいます。</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>活性化関数(&amp;A)</translation>
    </message>
    <message>
        <source>What the output unit does with its sum. Sigmoid (the article) squashes it into 0..1, a probability. Linear leaves it as it is: it needs the MSE loss, and with a large learning rate the loss can blow up.</source>
        <translation>出力ユニットが和をどう変換するか。シグモイド(記事)は 0~1 の確率に押し込めます。線形はそのまま出力します:MSE 損失が必要で、学習率が大きいと損失が発散することがあります。</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>出力(&amp;U)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>The random seed of the initial weights: the same seed always gives the same starting model. The article uses 42.</source>
        <translation>初期の重みを決める乱数シード:同じシードなら必ず同じモデルから始まります。記事は 42 です。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Pick a random seed and start a new model.</source>
        <translation>ランダムなシードを選び、新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>シード(&amp;S)</translation>
    </message>
    <message>
        <source>How the weights are updated: plain gradient descent (SGD, as in the article) or Adam, which adapts the step for each weight.</source>
        <translation>重みの更新方法:素朴な勾配降下法(SGD、記事と同じ)か、重みごとに歩幅を調整する Adam。</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>最適化手法(&amp;O)</translation>
    </message>
    <message>
        <source>SGD momentum, 0 to {max:g}: how much of the previous step is kept. 0 is plain SGD (the article). Adam ignores it.</source>
        <translation>SGD のモーメンタム、0~{max:g}:前の更新をどれだけ残すか。0 は素朴な SGD(記事)です。Adam では使いません。</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>モーメンタム(&amp;M)</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 0.0001 to 10. It changes live: the model keeps training with the new rate.</source>
        <translation>対数目盛の学習率、0.0001~10。すぐに反映され、モデルは新しい学習率で学習を続けます。</translation>
    </message>
    <message>
        <source>Learning rate: the size of each update step (the article uses 0.1). Too large and the loss can blow up. Changes live.</source>
        <translation>学習率:1 回の更新の大きさ(記事は 0.1)。大きすぎると損失が発散することがあります。すぐに反映されます。</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>学習率(&amp;R)</translation>
    </message>
    <message>
        <source>What the network minimises: binary cross-entropy (BCELoss, the article) or mean squared error. A linear output needs MSE: choosing it switches the loss, and the sigmoid output switches it back.</source>
        <translation>ネットワークが小さくする量:2 値交差エントロピー(BCELoss、記事)か平均二乗誤差。線形出力には MSE が必要です:線形を選ぶと損失が切り替わり、シグモイド出力に戻すと元に戻ります。</translation>
    </message>
    <message>
        <source>L&amp;oss</source>
        <translation>損失関数(&amp;O)</translation>
    </message>
    <message>
        <source>How many epochs a run trains (the article: 20,000). Changes live. When a run has finished, Continue trains this many more; the budget stays as you set it.</source>
        <translation>1 回の実行で学習するエポック数(記事:20,000)。すぐに反映されます。実行が終わると「続ける」でこの数だけ追加で学習します。エポック数の設定はそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Epoch budget</source>
        <translation>エポック数(&amp;E)</translation>
    </message>
    <message>
        <source>A linear output needs the squared error: the loss is now MSE (cross-entropy needs outputs between 0 and 1).</source>
        <translation>線形出力には二乗誤差が必要です:損失関数を MSE にしました(交差エントロピーには 0~1 の出力が必要です)。</translation>
    </message>
    <message>
        <source>Sigmoid output again: the loss is back to BCE.</source>
        <translation>シグモイド出力に戻しました:損失関数も BCE に戻りました。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export &amp;surface image...</source>
        <translation>曲面の画像を書き出す(&amp;S)...</translation>
    </message>
    <message>
        <source>Export surface image</source>
        <translation>曲面の画像を書き出す</translation>
    </message>
    <message>
        <source>Configurations (*.json)</source>
        <translation>設定ファイル (*.json)</translation>
    </message>
    <message>
        <source>&amp;Open configuration...</source>
        <translation>設定を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>&amp;Save configuration...</source>
        <translation>設定を保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Export &amp;loss plot image...</source>
        <translation>損失グラフの画像を書き出す(&amp;L)...</translation>
    </message>
    <message>
        <source>Export loss plot image</source>
        <translation>損失グラフの画像を書き出す</translation>
    </message>
    <message>
        <source>Export loss &amp;history (CSV)...</source>
        <translation>損失の履歴を書き出す(CSV)(&amp;H)...</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>損失の履歴を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;model (.pt)...</source>
        <translation>モデルを書き出す(.pt)(&amp;M)...</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>モデルを書き出す</translation>
    </message>
    <message>
        <source>PyTorch files (*.pt)</source>
        <translation>PyTorch ファイル (*.pt)</translation>
    </message>
    <message>
        <source>Cannot open this configuration</source>
        <translation>この設定は開けません</translation>
    </message>
    <message>
        <source>{path} cannot be used.

Setting: {field}
Value: {value}
Allowed: {allowed}

Nothing was changed.</source>
        <translation>{path} は使えません。

設定項目:{field}
値:{value}
使える値:{allowed}

何も変更していません。</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>surface image</source>
        <translation>曲面の画像</translation>
    </message>
    <message>
        <source>loss plot image</source>
        <translation>損失グラフの画像</translation>
    </message>
    <message>
        <source>loss history</source>
        <translation>損失の履歴</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Could not export the {what}</source>
        <translation>{what}を書き出せませんでした</translation>
    </message>
    <message>
        <source>Could not save the {what}</source>
        <translation>{what}を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>y (Model Output)</source>
        <translation>y(モデルの出力)</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>この画面の見方(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About xorgui</source>
        <translation>xorgui について(&amp;A)</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>この画面の見方</translation>
    </message>
    <message>
        <source>&lt;p&gt;A tiny neural network is learning a logic gate from its four examples: the inputs (x1, x2) are (0,0), (0,1), (1,0) and (1,1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The 3-D surface&lt;/b&gt; is the network&apos;s output y for every input in the square from 0 to 1, coloured from dark purple (0) to yellow (1). The four dots are the training examples at the height they should have (blue = 1, orange = 0); the line from each dot down or up to the surface is the error the network still makes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The loss curve&lt;/b&gt; shows how large the error was at each epoch (one pass over the four examples and one weight update).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The truth table&lt;/b&gt; lists each input, what the gate should output and what the network outputs now. A row is right when the output is on the same side of 0.5 as the target.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why XOR is special:&lt;/b&gt; AND and OR can be split by one straight line, XOR cannot. A network needs a hidden layer with a non-linear activation to bend its surface. Try 0 hidden layers, or the identity activation, and watch XOR fail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Luck of the draw:&lt;/b&gt; the seed picks the starting weights, and some starts never leave the plateau. Training &amp;gt; Sweep seeds trains a thousand seeds at once and shows how many make it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;小さなニューラルネットワークが、4 つの例から論理ゲートを学習しています:入力 (x1, x2) は (0,0)、(0,1)、(1,0)、(1,1) です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;3D の曲面&lt;/b&gt;は、0~1 の正方形のすべての入力に対するネットワークの出力 y で、濃い紫(0)から黄色(1)まで色分けしています。4 つの点は学習データで、本来あるべき高さにあります(青 = 1、オレンジ = 0)。各点から曲面までの線は、ネットワークがまだ出している誤差です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;損失の曲線&lt;/b&gt;は、各エポック(4 つの例を 1 回通して重みを 1 回更新すること)での誤差の大きさを示します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;真理値表&lt;/b&gt;は、各入力、ゲートが出すべき値、いまのネットワークの出力を並べたものです。出力が正解と同じ 0.5 の側にあれば、その行は正しいです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;XOR が特別な理由:&lt;/b&gt;AND や OR は 1 本の直線で分けられますが、XOR は分けられません。曲面を曲げるには、非線形の活性化関数を持つ隠れ層が必要です。隠れ層を 0 にしたり、活性化関数を恒等関数にしたりして、XOR が解けない様子を見てください。&lt;/p&gt;&lt;p&gt;&lt;b&gt;運しだい:&lt;/b&gt;シードが初期の重みを決めます。停滞(プラトー)から抜け出せない初期値もあります。「学習 &amp;gt; シードを一括で試す」で 1,000 個のシードを一度に学習し、いくつ解けるかを確かめられます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>まだ始まっていません</translation>
    </message>
    <message>
        <source>OpenGL ({renderer})</source>
        <translation>OpenGL({renderer})</translation>
    </message>
    <message>
        <source>2-D heatmap ({reason})</source>
        <translation>2 次元ヒートマップ({reason})</translation>
    </message>
    <message>
        <source>About xorgui</source>
        <translation>xorgui について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xorgui {version}&lt;/h3&gt;&lt;p&gt;Watch a small PyTorch network learn a logic gate, step by step, as in the article &lt;i&gt;XORで学ぶ多層ニューラルネットワークの学習と推論&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Qt {qt}, PyTorch {torch}&lt;br&gt;3-D view: {drawing}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xorgui {version}&lt;/h3&gt;&lt;p&gt;小さな PyTorch のネットワークが論理ゲートを学習する様子を、記事&lt;i&gt;「XORで学ぶ多層ニューラルネットワークの学習と推論」&lt;/i&gt;のとおりに一歩ずつ見られます。&lt;/p&gt;&lt;p&gt;Qt {qt}、PyTorch {torch}&lt;br&gt;3D 表示:{drawing}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>まだ読み込まれていません</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>No translation for {name} was found: reinstall xorgui, or run make translations in its folder.</source>
        <translation>{name} の翻訳が見つかりません:xorgui を入れ直すか、そのフォルダーで make translations を実行してください。</translation>
    </message>
    <message>
        <source>The window is now in English. The plots&apos; titles change at the next start; the run goes on.</source>
        <translation>表示を日本語にしました。グラフの見出しは次の起動から変わります。学習はそのまま続きます。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Less&amp;ons</source>
        <translation>レッスン(&amp;O)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Show the &amp;lessons panel</source>
        <translation>レッスンのパネルを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>レッスン:{title}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>The previous lesson.</source>
        <translation>前のレッスン。</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>The next lesson.</source>
        <translation>次のレッスン。</translation>
    </message>
    <message>
        <source>The article&apos;s argument, step by step.</source>
        <translation>記事の話の流れを、一歩ずつ。</translation>
    </message>
    <message>
        <source>Set up and &amp;run this lesson</source>
        <translation>このレッスンを設定して実行(&amp;R)</translation>
    </message>
    <message>
        <source>Set the controls to this lesson&apos;s setup and start training from epoch 0.</source>
        <translation>設定をこのレッスンのものにして、エポック 0 から学習を始めます。</translation>
    </message>
    <message>
        <source>What to look for: {look_for}</source>
        <translation>注目するところ:{look_for}</translation>
    </message>
    <message>
        <source>Press the button: the verdict on what happens shows here.</source>
        <translation>ボタンを押してください:何が起きたかの判定がここに表示されます。</translation>
    </message>
    <message>
        <source>Setting up the lesson...</source>
        <translation>レッスンを準備中...</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>solved</source>
        <translation>解けた</translation>
    </message>
    <message>
        <source>The loss of every epoch so far (lower is better). Drag to pan and scroll to zoom; the small A button fits the whole curve again.</source>
        <translation>これまでの各エポックの損失(低いほど良い)。ドラッグで移動、スクロールで拡大縮小。小さな A ボタンで全体を表示し直します。</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>対数目盛(&amp;L)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, where the slow end of training is visible.</source>
        <translation>損失を対数軸で表示します。学習の終盤のゆっくりした変化が見えます。</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>学習の損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;weep seeds...</source>
        <translation>シードを一括で試す(&amp;W)...</translation>
    </message>
    <message>
        <source>Train many seeds of this setup at once: how often is it solved?</source>
        <translation>この設定で多くのシードを一度に学習します:どのくらいの割合で解けるでしょうか?</translation>
    </message>
    <message>
        <source>Reset &amp;camera</source>
        <translation>視点を戻す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Restored the article&apos;s setup: {setup}.</source>
        <translation>記事の設定に戻しました:{setup}。</translation>
    </message>
    <message>
        <source>More epochs cannot help: this network cannot solve {gate}. Add a hidden layer with a non-linear activation.</source>
        <translation>エポックを増やしても解けません:このネットワークは {gate} を解けません。非線形の活性化関数を持つ隠れ層を加えてください。</translation>
    </message>
    <message>
        <source>xorgui - {gate}, network {shape}</source>
        <translation>xorgui - {gate}、ネットワーク {shape}</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>Make all text in the window larger, for a projector.</source>
        <translation>ウィンドウの文字をすべて大きくします(プロジェクター向け)。</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window (F11 again to leave).</source>
        <translation>ウィンドウを画面いっぱいに広げます(もう一度 F11 で戻ります)。</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow).</source>
        <translation>ちょうど 1 エポック学習して一時停止します(右矢印キー)。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Start again from epoch 0 with the same initial weights (R).</source>
        <translation>同じ初期の重みでエポック 0 からやり直します(R)。</translation>
    </message>
    <message>
        <source>How many epochs the Step N button trains.</source>
        <translation>「N ステップ」ボタンで学習するエポック数。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause training (Escape).</source>
        <translation>学習を一時停止します(Esc)。</translation>
    </message>
    <message>
        <source>How fast training runs, in epochs a second. At 1,000 the article&apos;s 20,000 epochs take 20 s; slow speeds let you watch single epochs; max trains as fast as this computer can (M).</source>
        <translation>学習の速さ(1 秒あたりのエポック数)。1,000 なら記事の 20,000 エポックに 20 秒かかります。遅くすると 1 エポックずつ見られます。最大はこのコンピューターで出せる限りの速さです(M)。</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Train as fast as this computer can; click again for the speed chosen before (M).</source>
        <translation>このコンピューターで出せる限りの速さで学習します。もう一度押すと前の速さに戻ります(M)。</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>速さ </translation>
    </message>
    <message>
        <source>Pause training (Space).</source>
        <translation>学習を一時停止します(スペース)。</translation>
    </message>
    <message>
        <source>Continue +{n:,}</source>
        <translation>続ける +{n:,}</translation>
    </message>
    <message>
        <source>The run reached its epoch budget. Continue trains {n:,} more epochs, the epoch budget you chose; the budget itself stays as it is (Space).</source>
        <translation>設定したエポック数に達しました。「続ける」で、選んだエポック数と同じ {n:,} エポックを追加で学習します。エポック数の設定はそのままです(スペース)。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Training diverged. Lower the learning rate, then start again from the seed&apos;s initial weights (Space).</source>
        <translation>学習が発散しました。学習率を下げてから、シードの初期の重みでやり直してください(スペース)。</translation>
    </message>
    <message>
        <source>Train until paused or the epoch budget is reached (Space).</source>
        <translation>一時停止するか、設定したエポック数に達するまで学習します(スペース)。</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 エポック/秒</translation>
    </message>
    <message>
        <source>{n:,} epochs/s</source>
        <translation>{n:,} エポック/秒</translation>
    </message>
    <message>
        <source>Step {n:,}</source>
        <translation>{n:,} ステップ</translation>
    </message>
    <message>
        <source>Train exactly {n:,} epochs, then pause (Shift+Right).</source>
        <translation>ちょうど {n:,} エポック学習して一時停止します(Shift+右矢印キー)。</translation>
    </message>
</context>
<context>
    <name>RunNote</name>
    <message>
        <source>No hidden layer: one linear layer draws a single straight line, and no straight line separates {gate} - it cannot be solved.</source>
        <translation>隠れ層がありません:線形層 1 つでは直線を 1 本引くことしかできず、どんな直線でも {gate} は分けられません。解くことはできません。</translation>
    </message>
    <message>
        <source>identity: stacked linear layers collapse into one linear layer - {gate} cannot be solved.</source>
        <translation>恒等関数:線形層を重ねても 1 つの線形層にまとまってしまいます。{gate} は解けません。</translation>
    </message>
    <message>
        <source>XOR is 1 when exactly one input is 1. No straight line separates the 1s from the 0s: the hidden layer has to bend the surface.</source>
        <translation>XOR は入力のちょうど 1 つが 1 のときに 1 です。1 と 0 を分ける直線はありません:隠れ層が曲面を曲げる必要があります。</translation>
    </message>
    <message>
        <source>XNOR is 1 when both inputs are equal. No straight line separates the 1s from the 0s: the hidden layer has to bend the surface.</source>
        <translation>XNOR は 2 つの入力が等しいときに 1 です。1 と 0 を分ける直線はありません:隠れ層が曲面を曲げる必要があります。</translation>
    </message>
    <message>
        <source>{gate} can be separated by one straight line: even a network without a hidden layer learns it.</source>
        <translation>{gate} は 1 本の直線で分けられます:隠れ層のないネットワークでも学習できます。</translation>
    </message>
    <message>
        <source>Solved: all four outputs are on the right side of 0.5 from epoch {epoch:,} on. {note}</source>
        <translation>解けました:エポック {epoch:,} 以降、4 つの出力すべてが 0.5 の正しい側にあります。{note}</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch:,}: its update made the loss {kind}, so the model from before that update (the last with a finite loss) is shown. Lower the learning rate (now {lr:g}), then press Play (Space) to start again from the seed&apos;s initial weights.</source>
        <translation>エポック {epoch:,} で学習が発散しました:その更新で損失が {kind} になったため、更新前のモデル(損失が有限だった最後のモデル)を表示しています。学習率(いまは {lr:g})を下げてから「再生」(スペース)を押すと、シードの初期の重みからやり直します。</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>無限大</translation>
    </message>
    <message>
        <source>Finished without solving {gate}, as expected: {reason} Add a hidden layer with a non-linear activation (sigmoid, tanh or ReLU) to solve it.</source>
        <translation>予想どおり、{gate} を解けないまま終わりました:{reason} 解くには、非線形の活性化関数(シグモイド、tanh、ReLU)を持つ隠れ層を加えてください。</translation>
    </message>
    <message>
        <source>Finished {epochs:,} epochs without solving {gate}: {wrong} of 4 outputs are wrong and {undecided} undecided (near 0.5). This start is stuck on a plateau: try more epochs (raise the epoch budget, then Continue), another seed (Random), or Training &gt; Sweep seeds to see how often this setup learns {gate}.</source>
        <translation>{epochs:,} エポック学習しましたが {gate} を解けませんでした:4 つの出力のうち {wrong} 個が誤り、{undecided} 個が未確定(0.5 付近)です。この初期値は停滞(プラトー)から抜け出せていません。エポックを増やす(エポック数を上げて「続ける」)、別のシードを試す(ランダム)、または「学習 &gt; シードを一括で試す」でこの設定が {gate} をどのくらいの割合で学習するか確かめてください。</translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <source>loss {loss}</source>
        <translation>損失 {loss}</translation>
    </message>
    <message>
        <source>What training is doing now.</source>
        <translation>学習がいま何をしているか。</translation>
    </message>
    <message>
        <source>Epochs trained so far, of the epoch budget.</source>
        <translation>これまでに学習したエポック数 / 設定したエポック数。</translation>
    </message>
    <message>
        <source>The loss of the current model.</source>
        <translation>いまのモデルの損失。</translation>
    </message>
    <message>
        <source>How many epochs a second are trained.</source>
        <translation>1 秒あたりに学習しているエポック数。</translation>
    </message>
    <message>
        <source>All four outputs have been on the right side of 0.5 from this epoch on: the model after this many epochs and every one since.</source>
        <translation>このエポック以降、4 つの出力すべてが 0.5 の正しい側にあります:このエポック数だけ学習したモデルと、それ以降のすべてのモデルです。</translation>
    </message>
    <message>
        <source>epoch {epoch:,} / {budget:,}</source>
        <translation>エポック {epoch:,} / {budget:,}</translation>
    </message>
    <message>
        <source>{rate:,.0f} epochs/s</source>
        <translation>{rate:,.0f} エポック/秒</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>解けず</translation>
    </message>
    <message>
        <source>not solved yet</source>
        <translation>まだ解けていません</translation>
    </message>
    <message>
        <source>solved from epoch {epoch:,}</source>
        <translation>エポック {epoch:,} から解けています</translation>
    </message>
    <message>
        <source>loading the training engine...</source>
        <translation>学習エンジンを読み込み中...</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>running</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>sweeping seeds (training waits)...</source>
        <translation>シードを一括で試しています(学習は待機中)...</translation>
    </message>
</context>
<context>
    <name>SurfacePane</name>
    <message>
        <source>What this setup can learn, and how it is going.</source>
        <translation>この設定で何が学習できるか、そしていまどうなっているか。</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>視点を戻す</translation>
    </message>
    <message>
        <source>Back to the article&apos;s view of the surface. Drag to turn it, scroll to zoom.</source>
        <translation>曲面を記事と同じ向きで見ます。ドラッグで回転、スクロールで拡大縮小します。</translation>
    </message>
    <message>
        <source>Loading the 3-D view...</source>
        <translation>3D 表示を読み込み中...</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>turned off for this view</source>
        <translation>この表示ではオフ</translation>
    </message>
    <message>
        <source>3-D view unavailable: no OpenGL context could be created ({reason}). Showing a 2-D heatmap instead.</source>
        <translation>3D 表示は使えません:OpenGL コンテキストを作れませんでした({reason})。代わりに 2 次元ヒートマップを表示します。</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep seeds</source>
        <translation>シードを一括で試す</translation>
    </message>
    <message>
        <source>The first seed of the range.</source>
        <translation>範囲の最初のシード。</translation>
    </message>
    <message>
        <source>How many seeds to train, each from its own initial weights (2 to {max:,}).</source>
        <translation>学習するシードの数。それぞれ自分の初期の重みから始めます(2~{max:,})。</translation>
    </message>
    <message>
        <source>&amp;First seed</source>
        <translation>最初のシード(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Seeds</source>
        <translation>シードの数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not solved within the budget</source>
        <translation>エポック数の中で解けなかったシード(&amp;N)</translation>
    </message>
    <message>
        <source>Every seed that had not learned the gate when the epoch budget ran out. Click one to train it in the main window.</source>
        <translation>設定したエポック数を使い切ってもゲートを学習できなかったシードの一覧。クリックするとメインウィンドウで学習します。</translation>
    </message>
    <message>
        <source>A seed to train in the main window.</source>
        <translation>メインウィンドウで学習するシード。</translation>
    </message>
    <message>
        <source>&amp;Watch in the main window</source>
        <translation>メインウィンドウで見る(&amp;W)</translation>
    </message>
    <message>
        <source>Set the main window&apos;s seed to this one and start it afresh.</source>
        <translation>メインウィンドウのシードをこのシードにして、最初から学習します。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>一括実行を中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV を書き出す(&amp;E)...</translation>
    </message>
    <message>
        <source>Save seed, final_loss, solved, epochs_to_solve for every seed.</source>
        <translation>すべてのシードについて seed、final_loss、solved、epochs_to_solve を保存します。</translation>
    </message>
    <message>
        <source>Trains many seeds of the main window&apos;s setup together, each from its own initial weights, to show how often it learns {gate}.&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;Training in the main window waits meanwhile; Cancel stops the sweep.</source>
        <translation>メインウィンドウの設定で多くのシードをまとめて学習し(それぞれ自分の初期の重みから)、{gate} をどのくらいの割合で学習できるかを示します。&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;その間、メインウィンドウの学習は待機します。「中止」で一括実行を止めます。</translation>
    </message>
    <message>
        <source>These results are for another setup than the main window&apos;s now. Press Run to sweep the new one.</source>
        <translation>この結果は、いまのメインウィンドウとは別の設定のものです。「実行」を押すと新しい設定で試します。</translation>
    </message>
    <message>
        <source>%p% of {epochs:,} epochs</source>
        <translation>{epochs:,} エポックの %p%</translation>
    </message>
    <message>
        <source>Training {count:,} seeds ({first} to {last})...</source>
        <translation>{count:,} 個のシード({first}~{last})を学習中...</translation>
    </message>
    <message>
        <source>The sweep stopped because of an error: {error}</source>
        <translation>エラーのため一括実行が止まりました:{error}</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>一括実行を中止しました。</translation>
    </message>
    <message>
        <source>seed {seed} (final loss {loss:.4g})</source>
        <translation>シード {seed}(最終損失 {loss:.4g})</translation>
    </message>
    <message>
        <source>Export sweep</source>
        <translation>一括実行の結果を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the sweep</source>
        <translation>一括実行の結果を書き出せませんでした</translation>
    </message>
    <message>
        <source>Saved the sweep ({count:,} seeds) to {path}</source>
        <translation>一括実行の結果({count:,} 個のシード)を {path} に保存しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results for {setup}, seeds {first} to {last}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{setup}、シード {first}~{last} の結果。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Solved {gate} by {solved:,} of {count:,} seeds ({rate:.1%}).</source>
        <translation>{count:,} 個中 {solved:,} 個のシードが {gate} を解きました({rate:.1%})。</translation>
    </message>
    <message>
        <source>Epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}.</source>
        <translation>解けるまでのエポック数:中央値 {median:,.0f}、90 パーセンタイル {p90:,.0f}。</translation>
    </message>
    <message>
        <source>Not solved within the {budget:,}-epoch budget: {n:,} seeds (listed below: click one to watch it).</source>
        <translation>{budget:,} エポックの中で解けなかったシード:{n:,} 個(下の一覧:クリックすると学習の様子を見られます)。</translation>
    </message>
    <message>
        <source>Every seed solved it within the {budget:,}-epoch budget.</source>
        <translation>すべてのシードが {budget:,} エポックの中で解きました。</translation>
    </message>
</context>
<context>
    <name>SweepHistogram</name>
    <message>
        <source>epochs until solved for good</source>
        <translation>解けたままになるまでのエポック数</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>シード数</translation>
    </message>
    <message>
        <source>Green: seeds that learned the gate, by the epoch from which all four outputs stayed right. Red, at the right end: seeds that had not learned it when the epoch budget ran out.</source>
        <translation>緑:ゲートを学習したシード(4 つの出力がずっと正しくなったエポックごと)。右端の赤:設定したエポック数を使い切っても学習できなかったシード。</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>解けず</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped because of an error: {0}. Press Reset to start again.</source>
        <translation>エラーのため学習が止まりました:{0}。「リセット」を押してやり直してください。</translation>
    </message>
    <message>
        <source>the training engine has not started yet</source>
        <translation>学習エンジンがまだ起動していません</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>target</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>right?</source>
        <translation>正しい?</translation>
    </message>
    <message>
        <source>The four training inputs, what the gate should output (target) and what the network outputs now. A row is right (✓) when the output is on the same side of 0.5 as the target; within {margin:g} of 0.5 it is undecided (?).</source>
        <translation>4 つの学習用の入力、ゲートが出すべき値(正解)、いまのネットワークの出力。出力が正解と同じ 0.5 の側にあれば、その行は正しい(✓)です。0.5 との差が {margin:g} 以内なら未確定(?)です。</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>identity (none)</source>
        <translation>恒等関数(なし)</translation>
    </message>
    <message>
        <source>sigmoid (0 to 1)</source>
        <translation>シグモイド(0~1)</translation>
    </message>
    <message>
        <source>linear (no squashing)</source>
        <translation>線形(変換なし)</translation>
    </message>
    <message>
        <source>BCE (cross-entropy)</source>
        <translation>BCE(交差エントロピー)</translation>
    </message>
    <message>
        <source>MSE (squared error)</source>
        <translation>MSE(二乗誤差)</translation>
    </message>
</context>
<context>
    <name>gl_support</name>
    <message>
        <source>disabled by {variable}</source>
        <translation>{variable} で無効にされています</translation>
    </message>
    <message>
        <source>the Qt platform &apos;{platform}&apos; has no OpenGL</source>
        <translation>Qt のプラットフォーム「{platform}」には OpenGL がありません</translation>
    </message>
    <message>
        <source>QOpenGLContext.create() failed</source>
        <translation>QOpenGLContext.create() が失敗しました</translation>
    </message>
    <message>
        <source>the OpenGL context could not be made current</source>
        <translation>OpenGL コンテキストをカレントにできませんでした</translation>
    </message>
    <message>
        <source>the OpenGL driver reported no version</source>
        <translation>OpenGL ドライバーがバージョンを返しませんでした</translation>
    </message>
</context>
<context>
    <name>setup_text</name>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source> (linear output)</source>
        <translation>(線形出力)</translation>
    </message>
    <message>
        <source>{name} lr {lr:g}</source>
        <translation>{name} 学習率 {lr:g}</translation>
    </message>
    <message>
        <source> momentum {m:g}</source>
        <translation> モーメンタム {m:g}</translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation>{loss} 損失</translation>
    </message>
    <message>
        <source>{epochs:,} epochs</source>
        <translation>{epochs:,} エポック</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>シード {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>surface_export</name>
    <message>
        <source>epoch {epoch:,} of {budget:,}, loss {loss:.4g}</source>
        <translation>エポック {epoch:,} / {budget:,}、損失 {loss:.4g}</translation>
    </message>
</context>
<context>
    <name>surface_items</name>
    <message>
        <source>y (Model Output)</source>
        <translation>y(モデルの出力)</translation>
    </message>
</context>
</TS>
